using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CrossRegion.FunctionalTests.Channels;

/// <summary>A real SMTP server on a loopback port that keeps what it receives.</summary>
public sealed class SmtpSink : MessageStore, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();
    public int Port { get; private set; }

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink();
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            sink.Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(sink);
        var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Port(sink.Port).Build(), provider);
        sink._running = server.StartAsync(sink._stop.Token);
        await Task.Delay(100);
        return sink;
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
        return SmtpResponse.Ok;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
