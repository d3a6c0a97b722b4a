using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.FunctionalTests.Channels;

/// <summary>
/// A chase's notices reach people where they are (ADR 0029), against real servers started here: email at an SMTP server
/// in each person's language, the city's 钉钉 group robot with a valid signature, SMS at a gateway that is down — retried,
/// then dead-lettered — without holding back the email or the robot; planning twice sends once.
/// </summary>
public sealed class ChannelTests(ChannelTests.ChannelFactory factory) : IClassFixture<ChannelTests.ChannelFactory>
{
    [Fact]
    public async Task Notice_Should_ReachEmailAndTheGroupRobot_While_ADeadSmsGatewayIsRetriedThenGivenUp()
    {
        var robotSecret = "SEC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await factory.WithDbAsync(async db =>
        {
            var users = await db.UserAccounts.Where(u => u.UserName == "dz.admin" || u.UserName == "dz.transport").ToListAsync();
            foreach (var user in users)
            {
                user.SetContact($"{user.UserName}@dz.example.gov.cn", "13912345678");
                var preference = NotificationPreference.Default(user.Id);
                preference.Change(email: true, sms: user.UserName == "dz.transport", reminders: false, LadderLevel.DepartmentOfficer,
                    user.UserName == "dz.transport" ? "en" : "zh-CN", null, null);
                db.NotificationPreferences.Add(preference);
            }

            await db.SaveChangesAsync();
            return 0;
        });
        factory.RobotSecret = robotSecret;

        // The city's 钉钉 group robot, registered by an administrator: bad input refused by field, the list keeps the
        // secret and the URL's token to itself, a city administrator may not.
        var admin = await factory.ClientForAsync("sys.admin");
        var url = new Uri(factory.Receiver, "/robot/send?access_token=dz-token").ToString();
        var refused = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/channel-robots", new
        {
            kind = "ding_talk", name = "x", scope = "SH", url = "https://example.org/robot/send", secret = "not-a-secret",
        }), 400);
        Assert.True(refused.GetProperty("errors").TryGetProperty("url", out _));
        Assert.True(refused.GetProperty("errors").TryGetProperty("secret", out _));
        await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/channel-robots", new { kind = "ding_talk", name = "x", scope = "SH", url }), 400);
        await Json.ProblemAsync(await (await factory.ClientForAsync("dz.admin")).PostAsJsonAsync("/api/v1/admin/channel-robots", new { kind = "ding_talk", name = "x", scope = "DZ", url }), 403);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/channel-robots", new { kind = "ding_talk", name = "达州市督办群", scope = "DZ", url, secret = robotSecret })).StatusCode);
        var listed = await admin.GetStringAsync("/api/v1/admin/channel-robots");
        Assert.DoesNotContain("dz-token", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(robotSecret, listed, StringComparison.Ordinal);

        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 11, 23), "WDK-2026-M");
        await factory.ChaseAsync(new DateOnly(2026, 11, 26));
        var notice = (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Milestone)).Single(n => n.JurisdictionCode == "DZ" && n.Kind == NoticeKind.Notice);

        await factory.PumpAsync(() => Mine(key).Count >= 2 && factory.RobotPosts.Any(p => p.Contains(key, StringComparison.Ordinal)) && DeadSms(notice.Id).Result);

        var mails = Mine(key);
        var chinese = mails.Single(m => m.To.Mailboxes.Single().Address == "dz.admin@dz.example.gov.cn");
        var english = mails.Single(m => m.To.Mailboxes.Single().Address == "dz.transport@dz.example.gov.cn");
        Assert.StartsWith("【催办通知】" + notice.Number, chinese.Subject, StringComparison.Ordinal);
        Assert.Contains("请于此日前签收回复：" + $"{notice.ReplyBy!.Value.Year}年{notice.ReplyBy.Value.Month}月{notice.ReplyBy.Value.Day}日", chinese.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("[Notice] " + notice.Number, english.Subject, StringComparison.Ordinal);
        Assert.Contains("Reply by: ", english.TextBody, StringComparison.Ordinal);
        Assert.True(factory.RobotSignaturesValid);

        // The group hears of the chase's notices in one message (the platforms take about 20 a minute), not one each.
        var toGroup = await factory.WithDbAsync(db => db.ChannelDeliveries.CountAsync(d => d.Channel == NotificationChannel.DingTalk && d.Status == ChannelDeliveryStatus.Sent));
        Assert.True(toGroup > 1, $"{toGroup} notices for the group");
        Assert.Single(factory.RobotPosts);
        Assert.Contains($"【催办通知】{toGroup} 份", factory.RobotPosts.Single(), StringComparison.Ordinal);

        // The gateway is down: three attempts, then given up; email and the robot went regardless.
        var sms = await factory.WithDbAsync(db => db.ChannelDeliveries.AsNoTracking().SingleAsync(d => d.NoticeId == notice.Id && d.Channel == NotificationChannel.Sms));
        Assert.Equal(ChannelDeliveryStatus.DeadLettered, sms.Status);
        Assert.Equal(3, sms.Attempts);
        Assert.Contains("503", sms.LastError, StringComparison.Ordinal);

        // The notice says how it went out, to those who may read it.
        var read = await Json.ReadAsync(await (await factory.ClientForAsync("joint.office")).GetAsync($"/api/v1/notices/{notice.Id}"));
        var states = read.GetProperty("deliveries").EnumerateArray().Select(d => $"{d.GetProperty("channel").GetString()} {d.GetProperty("status").GetString()}").Order().ToList();
        Assert.Equal(["ding_talk sent", "email sent", "email sent", "sms dead_lettered"], states);

        // Administrators find it among those given up and send it again once the gateway is back; a city's may not, a
        // delivery that went is not sent twice, and one that does not exist is 404.
        var dead = (await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/channel-deliveries?status=dead_lettered&channel=sms"))).GetProperty("items").EnumerateArray()
            .Single(d => d.GetProperty("notice").GetInt64() == notice.Id);
        Assert.Equal(key, dead.GetProperty("task_key").GetString());
        Assert.Equal(notice.Number, dead.GetProperty("notice_number").GetString());
        Assert.Equal(3, dead.GetProperty("attempts").GetInt32());
        await Json.ProblemAsync(await (await factory.ClientForAsync("dz.admin")).GetAsync("/api/v1/admin/channel-deliveries"), 403);
        await Json.ProblemAsync(await admin.GetAsync("/api/v1/admin/channel-deliveries?status=lost"), 400);
        var sent = read.GetProperty("deliveries").EnumerateArray().First(d => d.GetProperty("status").GetString() == "sent").GetProperty("id").GetInt64();
        Assert.Equal("delivery.not_dead", (await Json.ProblemAsync(await admin.PostAsync($"/api/v1/admin/channel-deliveries/{sent}/resend", null), 422)).GetProperty("rule").GetString());
        await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/channel-deliveries/999999999/resend", null), 404);
        await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/channel-deliveries/resend?channel=fax", null), 400);
        await Json.ProblemAsync(await (await factory.ClientForAsync("dz.admin")).PostAsync("/api/v1/admin/channel-deliveries/resend", null), 403);
        Assert.Equal(0, (await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/channel-deliveries/resend?channel=email", null))).GetProperty("resent").GetInt32());

        factory.SmsUp = true;
        var resent = await admin.PostAsync($"/api/v1/admin/channel-deliveries/{dead.GetProperty("id").GetInt64()}/resend", null);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.Equal($"/api/v1/notices/{notice.Id}", resent.Headers.Location!.ToString());
        Assert.Equal("pending", (await Json.ReadAsync(resent)).GetProperty("status").GetString());
        await factory.PumpAsync(() => !factory.SmsTexts.IsEmpty);
        Assert.Contains(factory.SmsTexts, text => JsonDocument.Parse(text).RootElement.GetProperty("params").GetProperty("number").GetString() == notice.Number);
        sms = await factory.WithDbAsync(db => db.ChannelDeliveries.AsNoTracking().SingleAsync(d => d.NoticeId == notice.Id && d.Channel == NotificationChannel.Sms));
        Assert.Equal((ChannelDeliveryStatus.Sent, 1), (sms.Status, sms.Attempts));

        // Planning again (the cursor put back) sends nothing twice.
        var before = factory.Smtp.Messages.Count;
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"ChannelCursors\" SET \"LastPosition\" = 0"));
        await factory.PumpAsync(() => true);
        Assert.Equal(before, factory.Smtp.Messages.Count);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ChannelDeliveries.CountAsync(d => d.NoticeId == notice.Id && d.Channel == NotificationChannel.Email)));
    }

    private List<MimeKit.MimeMessage> Mine(string key) => factory.Smtp.Messages.Where(m => (m.Subject ?? "").Contains(key, StringComparison.Ordinal)).ToList();

    private Task<bool> DeadSms(long noticeId) =>
        factory.WithDbAsync(db => db.ChannelDeliveries.AnyAsync(d => d.NoticeId == noticeId && d.Channel == NotificationChannel.Sms && d.Status == ChannelDeliveryStatus.DeadLettered));

    /// <summary>The chase's host with an SMTP server, a 钉钉 receiver and an SMS gateway that is down, started before it.</summary>
    public sealed class ChannelFactory : ChaseFactory, IAsyncLifetime
    {
        private readonly WebApplication _receiver;

        public ChannelFactory()
        {
            Smtp = SmtpSink.StartAsync().GetAwaiter().GetResult();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _receiver = builder.Build();
            _receiver.MapPost("/robot/send", async (HttpRequest request) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
                var timestamp = request.Query["timestamp"].ToString();
                var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(RobotSecret), Encoding.UTF8.GetBytes(timestamp + "\n" + RobotSecret)));
                RobotSignaturesValid &= request.Query["sign"].ToString() == expected;
                RobotPosts.Enqueue(body.GetProperty("markdown").GetProperty("text").GetString()!);
                return Results.Json(new { errcode = 0, errmsg = "ok" });
            });
            _receiver.MapPost("/sms", async (HttpRequest request) =>
            {
                if (!SmsUp)
                {
                    return Results.StatusCode(503);
                }

                SmsTexts.Enqueue(await new StreamReader(request.Body).ReadToEndAsync());
                return Results.Json(new { code = "OK" });
            });
            _receiver.StartAsync().GetAwaiter().GetResult();
            Receiver = new Uri(_receiver.Urls.First());
        }

        public SmtpSink Smtp { get; }
        public Uri Receiver { get; }
        public string RobotSecret { get; set; } = string.Empty;
        public bool RobotSignaturesValid { get; private set; } = true;
        public ConcurrentQueue<string> RobotPosts { get; } = new();

        /// <summary>Whether the SMS gateway answers (it is down until a test mends it), and the bodies it took.</summary>
        public bool SmsUp { get; set; }

        public ConcurrentQueue<string> SmsTexts { get; } = new();

        /// <summary>Runs the outbox's sequencer and the channel dispatcher as the job does, until <paramref name="done"/>.</summary>
        public async Task PumpAsync(Func<bool> done)
        {
            for (var round = 0; round < 600; round++)
            {
                await using (var scope = Services.CreateAsyncScope())
                {
                    // As the job runs: acting as the system.
                    scope.ServiceProvider.GetRequiredService<CrossRegion.Infrastructure.Identity.ActorOverride>().Actor = new CrossRegion.Infrastructure.Identity.SystemCaller("system:channels");
                    await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
                    await scope.ServiceProvider.GetRequiredService<IChannelDispatcher>().DispatchAsync(CancellationToken.None);
                }

                if (done())
                {
                    return;
                }

                // The business clock moves on a second a round, so retries fall due.
                Clock.Now = Clock.Now.AddSeconds(1);
                await Task.Delay(50);
            }

            var states = await WithDbAsync(db => db.ChannelDeliveries.AsNoTracking().GroupBy(d => new { d.Channel, d.Status })
                .Select(g => $"{g.Key.Channel} {g.Key.Status} {g.Count()} {g.Max(d => d.LastError)}").ToListAsync());
            throw new TimeoutException($"Channels did not settle: {Smtp.Messages.Count} emails, {RobotPosts.Count} robot posts; {string.Join("; ", states)}.");
        }

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            base.ConfigureHost(builder);
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Security", "none");
            builder.UseSetting("Sms:Url", new Uri(Receiver, "/sms").ToString());
            builder.UseSetting("Sms:Key", "test-sms-key");
            builder.UseSetting("Channels:ConsoleUrl", "https://wdk.example.gov.cn/");
            builder.UseSetting("Channels:MaxAttempts", "3");

            // Every notice of a robot's message listed, so that a test finds its own among the chase's others.
            builder.UseSetting("Channels:RobotDigestLines", "1000");
            builder.UseSetting("Channels:FirstRetrySeconds", "0.05");
            builder.UseSetting("Channels:MaxRetrySeconds", "0.2");
        }

        public new async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await _receiver.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }
}
