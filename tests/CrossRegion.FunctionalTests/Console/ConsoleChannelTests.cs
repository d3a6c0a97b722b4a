using System.Security.Cryptography;
using System.Text.Json;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Channels;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The channels in the console (ADR 0029), against the real SMTP server, 钉钉 receiver and SMS gateway of the channel
/// tests: a person chooses email and SMS on their settings page (refused by field until the number is given), an
/// administrator adds the city's group robot, a chase's notice goes out, the notice shows how, and the SMS given up while
/// the gateway was down is sent again from the channels page once it is back.
/// </summary>
public sealed class ConsoleChannelTests(ChannelTests.ChannelFactory factory, ConsoleBrowser browser)
    : IClassFixture<ChannelTests.ChannelFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Person_And_Administrator_Should_KeepTheChannels_And_FollowADeliveryUp_InTheConsole()
    {
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var person = await context.NewPageAsync();
        await ConsolePages.SignInAsync(person, "dz.admin");

        // Settings, from the header: SMS without a number is refused by its field; quiet hours off; then saved.
        await ConsolePages.OpenAsync(person, "/");
        await person.ClickAsync("[data-testid=my-settings]");
        await person.WaitForSelectorAsync("[data-testid=settings-form]");
        await person.WaitForSelectorAsync("main[data-interactive=true]");
        Assert.True(await person.IsCheckedAsync("input[name=quiet]"));
        Assert.Equal("22:00", await person.InputValueAsync("input[name=quiet_from]"));
        await person.CheckAsync("input[name=email]");
        await person.FillAsync("input[name=email_address]", "dz.admin@dz.example.gov.cn");
        await person.CheckAsync("input[name=sms]");
        await person.UncheckAsync("input[name=quiet]");
        await person.WaitForSelectorAsync("input[name=quiet_from]", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await person.ClickAsync("[data-testid=save-settings]");
        await person.WaitForSelectorAsync("input[name=phone][aria-invalid=true]");
        Assert.Contains("开启短信须填写手机号码", await person.InnerTextAsync("[data-testid=settings-form]"), StringComparison.Ordinal);
        await person.FillAsync("input[name=phone]", "13912345678");
        await person.ClickAsync("[data-testid=save-settings]");
        await person.WaitForSelectorAsync("[data-testid=saved]");
        await ConsoleBrowser.ScreenshotAsync(person, "130-notification-settings");
        var saved = await Json.ReadAsync(await (await factory.ClientForAsync("dz.admin")).GetAsync("/api/v1/me/notification-preferences"));
        Assert.True(saved.GetProperty("email").GetBoolean() && saved.GetProperty("sms").GetBoolean());
        Assert.Equal("13912345678", saved.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("quiet_from").ValueKind);

        // The administrator's channels page: a robot outside the platforms' hosts is refused by its field, then the city's
        // 钉钉 group is added with its secret, which the page never shows again.
        factory.RobotSecret = "SEC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var adminContext = await browser.ContextAsync(site);
        var admin = await adminContext.NewPageAsync();
        await ConsolePages.SignInAsync(admin, "sys.admin");
        await ConsolePages.OpenAsync(admin, "/admin/channels");
        await admin.FillAsync("[data-testid=robot-form] input[name=name]", "达州市督办群");
        await admin.FillAsync("[data-testid=robot-form] input[name=scope]", "DZ");
        await admin.FillAsync("[data-testid=robot-form] input[name=url]", "https://example.org/robot/send?access_token=x");
        await admin.ClickAsync("[data-testid=add-robot]");
        await admin.WaitForSelectorAsync("[data-testid=robot-form] input[name=url][aria-invalid=true]");
        await admin.FillAsync("[data-testid=robot-form] input[name=url]", new Uri(factory.Receiver, "/robot/send?access_token=dz-console").ToString());
        await admin.FillAsync("[data-testid=robot-form] input[name=secret]", factory.RobotSecret);
        await admin.ClickAsync("[data-testid=add-robot]");
        await admin.WaitForSelectorAsync("[data-testid=robot][data-scope=DZ]");
        var robots = await admin.InnerTextAsync("[data-testid=robots]");
        Assert.Contains("达州市督办群", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("dz-console", robots, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.RobotSecret, await admin.ContentAsync(), StringComparison.Ordinal);

        // A chase's notice goes out: email and the robot, and the SMS given up while the gateway is down.
        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 11, 23), "WDK-2026-U");
        await factory.ChaseAsync(new DateOnly(2026, 11, 26));
        var notice = (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Milestone)).Single(n => n.JurisdictionCode == "DZ" && n.Kind == NoticeKind.Notice);
        await factory.PumpAsync(() => State(notice.Id, NotificationChannel.Sms).Result == ChannelDeliveryStatus.DeadLettered
            && State(notice.Id, NotificationChannel.Email).Result == ChannelDeliveryStatus.Sent
            && State(notice.Id, NotificationChannel.DingTalk).Result == ChannelDeliveryStatus.Sent);

        // The person's notice says how it went out.
        await ConsolePages.OpenAsync(person, "/notices");
        var card = person.Locator("[data-testid=notice]").Filter(new() { HasText = notice.Number! });
        var summary = await card.Locator("[data-testid=deliveries] summary").InnerTextAsync();
        Assert.Contains("邮件 已发送", summary, StringComparison.Ordinal);
        Assert.Contains("短信 已放弃", summary, StringComparison.Ordinal);
        Assert.Contains("钉钉群 已发送", summary, StringComparison.Ordinal);
        Assert.Equal(0, await card.Locator("[data-testid=resend]").CountAsync());
        await card.Locator("[data-testid=deliveries] summary").ClickAsync();
        Assert.Contains("503", await card.Locator("[data-testid=delivery][data-state=dead_lettered]").InnerTextAsync(), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(card, "131-notice-deliveries");
        await ConsoleAccessibilityTests.AssertCleanAsync(person, "notice deliveries");

        // The email's and the robot's link opens the notice on its own; for a city it does not concern, there is none.
        await ConsolePages.OpenAsync(person, $"/notices/{notice.Id}");
        Assert.Equal(notice.Number, await person.Locator("[data-testid=notice] .console-notice-number").InnerTextAsync());
        Assert.Equal(1, await person.Locator("[data-testid=notice]").CountAsync());
        await using var kaizhouContext = await browser.ContextAsync(site);
        var kaizhou = await kaizhouContext.NewPageAsync();
        await ConsolePages.SignInAsync(kaizhou, "kz.admin");
        await ConsolePages.OpenAsync(kaizhou, $"/notices/{notice.Id}");
        Assert.Contains("没有这份通知", await kaizhou.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await kaizhou.Locator("[data-testid=notice]").CountAsync());

        // Given up, it waits on the administrator's page; sent again once the gateway is back, it goes.
        await ConsolePages.OpenAsync(admin, "/admin/channels");
        var dead = admin.Locator("[data-testid=delivery][data-state=dead_lettered]").Filter(new() { HasText = key });
        Assert.Contains("短信", await dead.InnerTextAsync(), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(admin, "132-channels-admin");
        await ConsoleAccessibilityTests.AssertCleanAsync(admin, "channels");
        factory.SmsUp = true;
        await dead.Locator("[data-testid=resend]").ClickAsync();
        await admin.WaitForSelectorAsync("[data-testid=saved]");
        Assert.Equal(0, await admin.Locator("[data-testid=delivery][data-state=dead_lettered]").Filter(new() { HasText = key }).CountAsync());
        await factory.PumpAsync(() => State(notice.Id, NotificationChannel.Sms).Result == ChannelDeliveryStatus.Sent);
        await ConsolePages.OpenAsync(admin, "/admin/channels?status=sent");
        Assert.Equal(3, await admin.Locator("[data-testid=delivery][data-state=sent]").Filter(new() { HasText = key }).CountAsync());

        // The rest of the outage's SMS (the chase's other notices to Dazhou) go again at one click.
        var left = await factory.WithDbAsync(db => db.ChannelDeliveries.CountAsync(d => d.Status == ChannelDeliveryStatus.DeadLettered));
        Assert.True(left > 0);
        await ConsolePages.OpenAsync(admin, "/admin/channels");
        await admin.ClickAsync("[data-testid=resend-all]");
        await admin.WaitForSelectorAsync("[data-testid=saved]");
        Assert.Contains($"已重新安排 {left} 条投递", await admin.InnerTextAsync("[data-testid=saved]"), StringComparison.Ordinal);
        Assert.Equal(0, await admin.Locator("[data-testid=deliveries]").CountAsync());
        await factory.PumpAsync(() => factory.WithDbAsync(db => db.ChannelDeliveries.AllAsync(d => d.Status == ChannelDeliveryStatus.Sent)).Result);

        // A city's administrator has neither the menu entry nor the page.
        Assert.Equal(0, await person.Locator("a[href='admin/channels']").CountAsync());
        await ConsolePages.OpenAsync(person, "/admin/channels");
        await person.WaitForSelectorAsync(".ant-result");
        Assert.Equal(0, await person.Locator("[data-testid=robot-form]").CountAsync());
    }

    private Task<ChannelDeliveryStatus?> State(long noticeId, NotificationChannel channel) =>
        factory.WithDbAsync(db => db.ChannelDeliveries.AsNoTracking().Where(d => d.NoticeId == noticeId && d.Channel == channel)
            .Select(d => (ChannelDeliveryStatus?)d.Status).FirstOrDefaultAsync());
}
