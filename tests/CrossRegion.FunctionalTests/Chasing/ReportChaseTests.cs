using System.Net;
using System.Net.Http.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// 月调度: November's report is due on 5 December (a Saturday). Each responsible party that has not reported is
/// reminded two working days ahead, gets a notice on the first working day after, then climbs its ladder; a party
/// that reported is left alone.
/// </summary>
public sealed class ReportChaseTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task ReportChase_Should_RemindThenChaseUpTheLadder_When_APartyMissesItsMonthlyReport()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 31));
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var dazhou = await factory.ClientForAsync("dz.transport");

        // Two working days before the due day (Wednesday 2nd): a reminder to both parties, for November.
        await factory.ChaseAsync(new DateOnly(2026, 12, 1));
        Assert.Empty(await ReportNoticesAsync(taskId));
        await factory.ChaseAsync(new DateOnly(2026, 12, 2));
        var reminders = await ReportNoticesAsync(taskId);
        Assert.Equal(["DZ", "WZ"], reminders.Select(n => n.JurisdictionCode).Order());
        Assert.All(reminders, n => Assert.Equal((NoticeKind.Reminder, "2026-11", new DateOnly(2026, 12, 5)), (n.Kind, n.Period, n.DueOn)));

        // Wanzhou reports on the 3rd.
        factory.Clock.MorningOf(new DateOnly(2026, 12, 3));
        var report = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", new { period = "2026-11", narrative = "路基完成八成。", progress_percent = 80, status = "on_track" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);

        // Monday 7th, the first working day after the due day: a numbered notice to Dazhou only.
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var notices = (await ReportNoticesAsync(taskId)).Where(n => n.Kind == NoticeKind.Notice).ToList();
        var notice = Assert.Single(notices);
        Assert.Equal(("DZ", 0, LadderLevel.DepartmentOfficer, 2), (notice.JurisdictionCode, notice.Rung, notice.Level, notice.DaysOverdue));

        // Its inbox words it as a report; three working days later it goes up a rung; once reported, it stops.
        var inbox = await Json.ReadAsync(await dazhou.GetAsync("/api/v1/notifications?unread_only=true&limit=200"));
        var item = inbox.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetInt64() == notice.Id);
        Assert.Equal("monthly_report", item.GetProperty("subject").GetString());
        Assert.Contains("2026-11 月度进展报告", item.GetProperty("text").GetString(), StringComparison.Ordinal);

        await factory.ChaseAsync(new DateOnly(2026, 12, 10));
        Assert.Equal(2, (await ReportNoticesAsync(taskId)).Count(n => n.Kind == NoticeKind.Notice));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 11));
        Assert.Equal(HttpStatusCode.Created, (await dazhou.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/reports", new { period = "2026-11", narrative = "迟报。", progress_percent = 60, status = "at_risk", status_reason = "征地" })).StatusCode);
        await factory.ChaseAsync(new DateOnly(2026, 12, 31));
        Assert.Equal(2, (await ReportNoticesAsync(taskId)).Count(n => n.Kind == NoticeKind.Notice));
    }

    private Task<List<Notice>> ReportNoticesAsync(Guid taskId) => ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.MonthlyReport);
}
