using System.Net;
using System.Net.Sockets;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>
/// An HTTP client to the test host that connects from another loopback address (127.0.0.2, …), as a second device
/// or an attacker elsewhere would: the server sees a different client address.
/// </summary>
public static class AddressedClients
{
    public static HttpClient CreateClientFrom(this ApiFactory factory, string sourceAddress)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var probe = factory.CreateClient();
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = probe.BaseAddress };
    }
}
