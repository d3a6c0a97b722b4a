using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Infrastructure.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.UnitTests.Infrastructure;

/// <summary>
/// The SMS gateway port's HTTP adapter against a gateway double on loopback that checks the signature (recomputed
/// here) and answers as a gateway does: accepted, throttled (retry), or a number it refuses (final).
/// </summary>
public sealed class HttpSmsGatewayTests : IAsyncLifetime
{
    private const string Key = "sms-gateway-test-key-0123456789";
    private readonly ConcurrentQueue<JsonElement> _accepted = new();
    private WebApplication? _gateway;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _gateway = builder.Build();
        _gateway.MapPost("/sms", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes(request.Headers["X-Sms-Timestamp"] + "\n" + body)));
            if (request.Headers["X-Sms-Signature"] != expected || request.Headers["X-Sms-Account"] != "wdk")
            {
                return Results.StatusCode(401);
            }

            var json = JsonSerializer.Deserialize<JsonElement>(body);
            return json.GetProperty("to").GetString() switch
            {
                "13800000000" => Results.StatusCode(429),
                "000" => Results.StatusCode(400),
                _ => Accept(json),
            };
        });
        await _gateway.StartAsync();
        _address = new Uri(_gateway.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }

    [Fact]
    public async Task Sms_Should_ReachTheGatewaySigned_WithTemplateAndParameters()
    {
        await Gateway(Key).SendAsync(new SmsMessage("13912345678", "DUBAN_NOTICE", new Dictionary<string, string> { ["number"] = "万达开督〔2026〕12号", ["reply_by"] = "12月4日" }), CancellationToken.None);

        var sent = Assert.Single(_accepted);
        Assert.Equal("DUBAN_NOTICE", sent.GetProperty("template").GetString());
        Assert.Equal("万达开督〔2026〕12号", sent.GetProperty("params").GetProperty("number").GetString());
    }

    [Fact]
    public async Task Gateway_Should_TellRetryableFromFinalRefusals()
    {
        var throttled = await Assert.ThrowsAsync<ChannelDeliveryException>(() => Gateway(Key).SendAsync(new SmsMessage("13800000000", "T", new Dictionary<string, string>()), CancellationToken.None));
        var refused = await Assert.ThrowsAsync<ChannelDeliveryException>(() => Gateway(Key).SendAsync(new SmsMessage("000", "T", new Dictionary<string, string>()), CancellationToken.None));
        var unsigned = await Assert.ThrowsAsync<ChannelDeliveryException>(() => Gateway("another-key").SendAsync(new SmsMessage("13912345678", "T", new Dictionary<string, string>()), CancellationToken.None));

        Assert.True(throttled.Retryable);
        Assert.False(refused.Retryable);
        Assert.False(unsigned.Retryable);
        Assert.Empty(_accepted);
    }

    private IResult Accept(JsonElement json)
    {
        _accepted.Enqueue(json);
        return Results.Json(new { id = "sms-1" });
    }

    private HttpSmsGateway Gateway(string key) => new(
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(),
        Options.Create(new SmsOptions { Url = new Uri(_address, "/sms"), Account = "wdk", Key = key }),
        TimeProvider.System);
}
