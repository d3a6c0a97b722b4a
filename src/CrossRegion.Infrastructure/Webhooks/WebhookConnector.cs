using System.Net;
using System.Net.Sockets;
using CrossRegion.Application.Webhooks.Common;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Webhooks;

/// <summary>
/// Connects a webhook delivery only to an address <see cref="WebhookTargets"/> allows, checked on the addresses the
/// name resolves to now (not when the subscription was made), so a name moved to an internal address is refused.
/// Every refusal and connection failure reads the same to the subscriber (<see cref="Unreachable"/>): the delivery
/// log is no port scanner.
/// </summary>
internal sealed class WebhookConnector(IOptionsMonitor<WebhookOptions> options)
{
    public const string Unreachable = "could not connect to the receiver";

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var targets = new WebhookTargets(options.CurrentValue);
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await ResolveAsync(endpoint.Host, cancellationToken);
        foreach (var address in addresses.Where(a => targets.MayConnect(a, endpoint.Port)))
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
        }

        throw new HttpRequestException(Unreachable);
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
