using Bunit;
using CrossRegion.Api.WebConsole.Admin;
using CrossRegion.Api.WebConsole.Me;
using CrossRegion.Application.Account.NotificationPreferences;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Notifications.Deliveries;
using CrossRegion.Application.Notifications.Robots;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.UnitTests.Console;

/// <summary>
/// The channels' pages (ADR 0029) render what the use cases answer and send what the person chose, through the real
/// validators. (Against the real host, SMTP server and gateway: ConsoleChannelTests.)
/// </summary>
public sealed class ChannelPagesTests
{
    private static readonly NotificationPreferencesDto Defaults = new(false, false, false, LadderLevel.DepartmentOfficer, "zh-CN", "22:00", "07:00", null, null);

    [Fact]
    public async Task Settings_Should_ShowTheDefaults_RefuseSmsWithoutANumber_And_SendWhatWasChosen()
    {
        var mediator = new PipelineMediator(request => request switch
        {
            GetNotificationPreferencesQuery => Defaults,
            SetNotificationPreferencesCommand set => Defaults with { Sms = set.Sms!.Value, Phone = set.Phone, QuietFrom = set.QuietFrom, QuietUntil = set.QuietUntil },
            _ => null,
        });
        using var context = ConsoleComponentContext.Create(mediator);
        var page = context.Render<NotificationSettings>();
        await page.WaitForElementAsync("[data-testid=settings-form]", TimeSpan.FromSeconds(15));

        Assert.Equal("22:00", page.Find("input[name=quiet_from]").GetAttribute("value"));
        page.Find("input[name=quiet]").Change(false);
        Assert.Empty(page.FindAll("input[name=quiet_from]"));
        page.Find("input[name=sms]").Change(true);
        await page.Find("[data-testid=settings-form]").SubmitAsync();
        Assert.Equal("true", page.Find("input[name=phone]").GetAttribute("aria-invalid"));
        Assert.DoesNotContain(mediator.Accepted, r => r is SetNotificationPreferencesCommand);

        page.Find("input[name=phone]").Change("13912345678");
        page.Find("select[name=from_level]").Change(nameof(LadderLevel.DepartmentHead));
        await page.Find("[data-testid=settings-form]").SubmitAsync();
        var sent = Assert.Single(mediator.Accepted.OfType<SetNotificationPreferencesCommand>());
        Assert.Equal((true, "13912345678", "department_head", (string?)null, (string?)null), (sent.Sms!.Value, sent.Phone, sent.FromLevel, sent.QuietFrom, sent.QuietUntil));
        Assert.Contains("通知设置已保存", page.Find("[data-testid=saved]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsPage_Should_OfferResending_OnlyWhatWasGivenUp_And_OnlyToItsAdministrators()
    {
        var robot = new ChannelRobotDto(Guid.NewGuid(), NotificationChannel.WeCom, "开州区督办群", "KZ", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send", false, true, DateTimeOffset.UnixEpoch, null);
        var dead = Row(1, ChannelDeliveryStatus.DeadLettered);
        var mediator = new PipelineMediator(request => request switch
        {
            ListChannelRobotsQuery => new List<ChannelRobotDto> { robot },
            ListChannelDeliveriesQuery => new CursorPage<ChannelDeliveryRowDto>([dead], null),
            ResendChannelDeliveryCommand => dead with { Status = ChannelDeliveryStatus.Pending },
            _ => null,
        });
        using var administrator = ConsoleComponentContext.Create(mediator, services: s => s.AddSingleton<ICurrentUser>(new TestPerson(UserRoles.JointOfficeAdministrator)));
        var page = administrator.Render<Channels>();
        await page.WaitForElementAsync("[data-testid=robots]", TimeSpan.FromSeconds(15));

        Assert.Contains("企业微信群", page.Find("[data-testid=robot]").TextContent, StringComparison.Ordinal);
        Assert.Contains("开州区", page.Find("[data-testid=robot]").TextContent, StringComparison.Ordinal);
        var row = page.Find("[data-testid=delivery]");
        Assert.Contains("联办催字〔2026〕1号", row.TextContent, StringComparison.Ordinal);
        await page.Find("[data-testid=resend]").ClickAsync(new());
        Assert.Equal(1L, Assert.Single(mediator.Accepted.OfType<ResendChannelDeliveryCommand>()).Id);

        // A city's administrator keeps units and people, not the channels.
        using var city = ConsoleComponentContext.Create(mediator, services: s => s.AddSingleton<ICurrentUser>(new TestPerson(UserRoles.CityAdministrator, "KZ")));
        var refused = city.Render<Channels>();
        Assert.Empty(refused.FindAll("[data-testid=robot-form]"));
        Assert.Contains("只有系统管理员和联合办公室管理员", refused.Markup, StringComparison.Ordinal);
    }

    private static ChannelDeliveryRowDto Row(long id, ChannelDeliveryStatus status) => new(
        id, 10, "联办催字〔2026〕1号", "WDK-2026-01", "KZ", NotificationChannel.Sms, "开州区 coordinator", status, 3, DateTimeOffset.UnixEpoch, null, null,
        "The SMS gateway answered 503.");
}
