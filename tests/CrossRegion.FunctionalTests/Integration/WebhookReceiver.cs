using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CrossRegion.FunctionalTests.Integration;

/// <summary>
/// A provincial system's endpoint on loopback: <c>/hook</c> answers 503 to its first <c>failFirst</c> requests, then
/// 200; <c>/dead</c> answers 500 until <see cref="DeadRecovers"/>; <c>/slow</c> keeps its first request waiting 3 s
/// (past the test's 2 s timeout), then answers at once; <c>/busy</c> answers 429 once, then 200; <c>/gone</c> always
/// 410. Every request is logged with its headers.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hookRequests;
    private int _slowRequests;
    private int _busyRequests;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();
    public bool DeadRecovers { get; set; }
    public Uri Address => new(_app.Urls.First());

    public static async Task<WebhookReceiver> StartAsync(int failFirst, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            var status = Interlocked.Increment(ref receiver._hookRequests) <= failFirst ? 503 : 200;
            receiver.Requests.Enqueue(await Received.ReadAsync("/hook", request, status));
            return Results.StatusCode(status);
        });
        app.MapPost("/dead", async (HttpRequest request) =>
        {
            var status = receiver.DeadRecovers ? 200 : 500;
            receiver.Requests.Enqueue(await Received.ReadAsync("/dead", request, status));
            return Results.StatusCode(status);
        });
        app.MapPost("/slow", async (HttpRequest request) =>
        {
            var first = Interlocked.Increment(ref receiver._slowRequests) == 1;
            var received = await Received.ReadAsync("/slow", request, first ? 0 : 200);
            if (first)
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
            }

            receiver.Requests.Enqueue(received);
            return Results.StatusCode(200);
        });
        app.MapPost("/busy", async (HttpRequest request) =>
        {
            var status = Interlocked.Increment(ref receiver._busyRequests) == 1 ? 429 : 200;
            receiver.Requests.Enqueue(await Received.ReadAsync("/busy", request, status));
            return Results.StatusCode(status);
        });
        app.MapPost("/gone", async (HttpRequest request) =>
        {
            receiver.Requests.Enqueue(await Received.ReadAsync("/gone", request, 410));
            return Results.StatusCode(410);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Received(string Path, string Id, long Timestamp, string Signature, string Body, int Answered)
    {
        public static async Task<Received> ReadAsync(string path, HttpRequest request, int answered)
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            return new Received(
                path,
                request.Headers["webhook-id"].ToString(),
                long.Parse(request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                request.Headers["webhook-signature"].ToString(),
                body,
                answered);
        }
    }
}
