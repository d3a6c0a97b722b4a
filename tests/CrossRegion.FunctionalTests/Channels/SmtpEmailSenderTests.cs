using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.Infrastructure.Channels;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CrossRegion.FunctionalTests.Channels;

/// <summary>
/// A notice by email, sent with MailKit to a real SMTP server started here (SmtpServer): the notice's number, task and
/// reply-by date in Chinese, or in English for a person who chose it; a server that is not there is an error the
/// caller retries, not a lost message.
/// </summary>
public sealed class SmtpEmailSenderTests
{
    [Theory]
    [InlineData("zh-CN", "【催办通知】万达开督〔2026〕12号 WDK-2023-04 万开达直线高速", "请于此日前签收回复：2026年12月4日")]
    [InlineData("en", "[Notice] 万达开督〔2026〕12号 WDK-2023-04 Wanzhou–Kaizhou–Dazhou expressway", "Reply by: 4 Dec 2026")]
    public async Task Notice_Should_ArriveAtTheSmtpServer_InTheRecipientsLanguage(string language, string subject, string replyBy)
    {
        await using var server = await SmtpSink.StartAsync();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = server.Port, Security = "none", From = "duban@wdk.example.gov.cn" }));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            await sender.SendAsync(NoticeEmail.Compose(Notice(), "zhang.wei@dz.example.gov.cn", "张伟", new Uri("https://wdk.example.gov.cn/")), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var message = Assert.Single(server.Messages);
        Assert.Equal(subject, message.Subject);
        Assert.Equal("zhang.wei@dz.example.gov.cn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("duban@wdk.example.gov.cn", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains(replyBy, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://wdk.example.gov.cn/notices/42", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_Should_Throw_ForTheCallerToRetry()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var sender = new SmtpEmailSender(Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, Security = "none", TimeoutSeconds = 2 }));

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(new EmailMessage("a@example.org", "A", "s", "t", "<p>t</p>"), CancellationToken.None));
    }

    private static NoticeDto Notice() => new(
        42, "万达开督〔2026〕12号", NoticeKind.Notice, NoticeSubject.Milestone, "达州市：万开达直线高速“初步设计批复”已逾期 12 天。<script>alert(1)</script>",
        new NoticeTaskDto("WDK-2023-04", "万开达直线高速", "Wanzhou–Kaizhou–Dazhou expressway"), Guid.NewGuid(), "初步设计批复", null, null, null, null, null, "DZ",
        ["达州市交通运输局"], new DateOnly(2026, 11, 18), 12, 2, LadderLevel.DepartmentOfficer, "万达开联合办公室", DateTimeOffset.UtcNow, new DateOnly(2026, 12, 4), false, null);
}
