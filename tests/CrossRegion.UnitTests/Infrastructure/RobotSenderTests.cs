using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.Infrastructure.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.UnitTests.Infrastructure;

/// <summary>
/// 钉钉 and 企业微信 robots against a local receiver that checks what the platforms check: 钉钉's signature recomputed
/// here from its documented definition (and refused with errcode 310000 when wrong, as 钉钉 does), 企业微信's key; a
/// platform's rate limit is a refusal worth retrying, a bad signature is not.
/// </summary>
public sealed class RobotSenderTests : IAsyncLifetime
{
    private const string Secret = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentQueue<(string Path, string Query, JsonElement Body)> _received = new();
    private WebApplication? _receiver;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/robot/send", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            _received.Enqueue((request.Path, request.QueryString.Value ?? "", body));
            var timestamp = request.Query["timestamp"].ToString();
            var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + "\n" + Secret)));
            return request.Query["access_token"] == "busy"
                ? Results.Json(new { errcode = 130101, errmsg = "send too fast" })
                : Results.Json(request.Query["sign"].ToString() == expected ? new { errcode = 0, errmsg = "ok" } : new { errcode = 310000, errmsg = "sign not match" });
        });
        _receiver.MapPost("/cgi-bin/webhook/send", async (HttpRequest request) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            _received.Enqueue((request.Path, request.QueryString.Value ?? "", body));
            return Results.Json(request.Query["key"] == "693a91f6-7xxx" ? new { errcode = 0, errmsg = "ok" } : new { errcode = 93000, errmsg = "invalid webhook url" });
        });
        await _receiver.StartAsync();
        _address = new Uri(_receiver.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task DingTalk_Should_SignAsDocumented_And_PostTheNoticeAsMarkdown()
    {
        await Sender().SendAsync(new RobotTarget(RobotKind.DingTalk, new Uri(_address, "/robot/send?access_token=abc"), Secret), RobotMessage.ForNotice(Notice(), new Uri("https://wdk.example.gov.cn/")), CancellationToken.None);

        var (_, query, body) = Assert.Single(_received);
        Assert.Contains($"timestamp={Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}", query, StringComparison.Ordinal);
        Assert.Equal("markdown", body.GetProperty("msgtype").GetString());
        Assert.Equal("【催办通知】万达开督〔2026〕12号", body.GetProperty("markdown").GetProperty("title").GetString());
        var text = body.GetProperty("markdown").GetProperty("text").GetString()!;
        Assert.Contains("请于 2026年12月4日 前签收回复", text, StringComparison.Ordinal);
        Assert.Contains("\\[恶意\\]\\(http://evil.example\\)", text, StringComparison.Ordinal);
        Assert.Contains("(https://wdk.example.gov.cn/notices/42)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DingTalk_Should_RefuseAWrongSecret_AsFinal_And_ARateLimit_AsRetryable()
    {
        var wrong = await Assert.ThrowsAsync<ChannelDeliveryException>(() => Sender().SendAsync(
            new RobotTarget(RobotKind.DingTalk, new Uri(_address, "/robot/send?access_token=abc"), "SECwrong"), new RobotMessage("t", "m"), CancellationToken.None));
        var busy = await Assert.ThrowsAsync<ChannelDeliveryException>(() => Sender().SendAsync(
            new RobotTarget(RobotKind.DingTalk, new Uri(_address, "/robot/send?access_token=busy"), Secret), new RobotMessage("t", "m"), CancellationToken.None));

        Assert.False(wrong.Retryable);
        Assert.Contains("310000", wrong.Message, StringComparison.Ordinal);
        Assert.True(busy.Retryable);
    }

    [Fact]
    public async Task WeCom_Should_PostMarkdownContent_ToItsKeysUrl()
    {
        await Sender().SendAsync(new RobotTarget(RobotKind.WeCom, new Uri(_address, "/cgi-bin/webhook/send?key=693a91f6-7xxx"), null), RobotMessage.ForNotice(Notice(), new Uri("https://wdk.example.gov.cn/")), CancellationToken.None);
        await Assert.ThrowsAsync<ChannelDeliveryException>(() => Sender().SendAsync(
            new RobotTarget(RobotKind.WeCom, new Uri(_address, "/cgi-bin/webhook/send?key=revoked"), null), new RobotMessage("t", "m"), CancellationToken.None));

        var first = _received.First();
        Assert.Contains("万开达直线高速", first.Body.GetProperty("markdown").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DingTalkSign_Should_MatchTheDocumentedConstruction() =>
        Assert.Equal(
            Uri.EscapeDataString(Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("1764554400000\n" + Secret)))),
            RobotSender.DingTalkSign(Secret, 1764554400000));

    private static RobotSender Sender() =>
        new(new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), new FixedTime());

    [Fact]
    public void ManyNotices_Should_GoInOneMessage_ListingTheFirstAndCountingTheRest()
    {
        var notices = Enumerable.Range(0, 3).Select(i => Notice() with { Id = 42 + i, Number = $"万达开督〔2026〕{12 + i}号", MilestoneTitle = i == 0 ? "初步设计[批复]" : "开工" }).ToList();

        var message = RobotMessage.ForNotices(notices, total: 40, lines: 2, new Uri("https://wdk.example.gov.cn/"));

        Assert.Equal("【催办通知】40 份", message.Title);
        Assert.Contains("- **万达开督〔2026〕12号** WDK-2023-04 万开达直线高速：初步设计\\[批复\\]，应完成 2026年11月18日，逾期 12 天，请于 2026年12月4日 前签收", message.Markdown, StringComparison.Ordinal);
        Assert.Contains("万达开督〔2026〕13号", message.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("万达开督〔2026〕14号", message.Markdown, StringComparison.Ordinal);
        Assert.Contains("另有 38 份。[登录平台查看并签收](https://wdk.example.gov.cn/notices?acknowledged=false)", message.Markdown, StringComparison.Ordinal);

        // One notice alone is posted whole, as before.
        Assert.Equal(RobotMessage.ForNotice(notices[0], new Uri("https://wdk.example.gov.cn/")), RobotMessage.ForNotices(notices[..1], 1, 2, new Uri("https://wdk.example.gov.cn/")));
    }

    private static NoticeDto Notice() => new(
        42, "万达开督〔2026〕12号", NoticeKind.Notice, NoticeSubject.Milestone, "达州市：万开达直线高速“初步设计批复”已逾期 12 天。[恶意](http://evil.example)",
        new NoticeTaskDto("WDK-2023-04", "万开达直线高速", "Wanzhou–Kaizhou–Dazhou expressway"), Guid.NewGuid(), "初步设计批复", null, null, null, null, null, "DZ",
        ["达州市交通运输局"], new DateOnly(2026, 11, 18), 12, 2, LadderLevel.DepartmentOfficer, "万达开联合办公室", DateTimeOffset.UtcNow, new DateOnly(2026, 12, 4), false, null);

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
