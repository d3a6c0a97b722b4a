using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// 季通报 for 2026-Q4 after a quarter's work: Wanzhou signed its part of a milestone on time and reported November on
/// time; Dazhou did neither, was sent two 催办单 (the milestone, the missing report) and signed for one. The bulletin
/// counts, ranks and lists accordingly.
/// </summary>
public sealed class BulletinTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task QuarterlyBulletin_Should_ScoreRankAndListTheOverdue_VersionedAsJsonAndHtml()
    {
        // The seeded 2023 ledger scores too: a baseline bulletin of the same quarter, after the same chase day, lets
        // the test assert exactly what this task adds. Every instant is the test clock's (the task is created on
        // 2026-11-20, so it owes the November report only), never today's date.
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        var office = await factory.ClientForAsync("joint.office");
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 31));
        var baseline = (await Json.ReadAsync(await office.GetAsync(
            (await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" })).Headers.Location))).GetProperty("content");
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        var (key, taskId, milestone) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var dazhou = await factory.ClientForAsync("dz.transport");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var coordinator = await factory.ClientForAsync("wz.admin");

        factory.Clock.MorningOf(new DateOnly(2026, 12, 3));
        Assert.Equal(HttpStatusCode.OK, (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", new { evidence = "万州段路基验收" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", new { period = "2026-11", narrative = "按计划推进。", progress_percent = 70, status = "on_track" })).StatusCode);
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var notice = await factory.WithDbAsync(db => db.Notices.SingleAsync(n => n.TaskId == taskId && n.Subject == NoticeSubject.Milestone && n.Kind == NoticeKind.Notice));
        Assert.Equal("DZ", notice.JurisdictionCode);
        factory.Clock.MorningOf(new DateOnly(2026, 12, 8));
        Assert.Equal(HttpStatusCode.OK, (await dazhou.PostAsJsonAsync($"/api/v1/notifications/{notice.Id}/ack", new { reason = "资金未到位" })).StatusCode);

        factory.Clock.MorningOf(new DateOnly(2026, 12, 31));
        await Json.ProblemAsync(await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q5" }), 400);
        await Json.ProblemAsync(await coordinator.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" }), 403);
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var summary = await Json.ReadAsync(created);
        Assert.Equal((2, "2026-12-31"), (summary.GetProperty("version").GetInt32(), summary.GetProperty("as_of").GetString()));

        var bulletin = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.Equal(
            "milestones_due 1, on_time 1, reports_due 1, reports_on_time 1",
            Delta(Jurisdiction(baseline, "WZ"), Jurisdiction(bulletin, "WZ")));
        Assert.Equal(
            "milestones_due 1, overdue 1, reports_due 1, reports_missing 1, notices_issued 2, notices_acknowledged 1",
            Delta(Jurisdiction(baseline, "DZ"), Jurisdiction(bulletin, "DZ")));
        Assert.Equal([1, 2, 3, 4], bulletin.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetProperty("rank").GetInt32()));
        var item = bulletin.GetProperty("overdue_items").EnumerateArray().Single(i => i.GetProperty("task_key").GetString() == key);
        Assert.Equal(("DZ", 27), (item.GetProperty("jurisdiction").GetString(), item.GetProperty("days_overdue").GetInt32()));
        Assert.Equal(["达州市交通运输局"], item.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(
            "milestones_due 1, on_time 1, reports_due 1, reports_on_time 1",
            Delta(Department(baseline, "WZ-TRANSPORT"), Department(bulletin, "WZ-TRANSPORT")));
        Assert.Equal(
            "milestones_due 1, overdue 1, reports_due 1, reports_missing 1, notices_issued 2, notices_acknowledged 1",
            Delta(Department(baseline, "DZ-TRANSPORT"), Department(bulletin, "DZ-TRANSPORT")));

        // A city that is not a party sees the counts but not the task.
        var forKaizhou = (await Json.ReadAsync(await kaizhou.GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.DoesNotContain(forKaizhou.GetProperty("overdue_items").EnumerateArray(), i => i.GetProperty("task_key").GetString() == key);

        // A readable page, and a second version that leaves the first as it was.
        using var html = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        html.Headers.Accept.ParseAdd("text/html");
        var page = await office.SendAsync(html);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("逾期事项 Overdue items", text, StringComparison.Ordinal);
        Assert.Contains(key, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" })).StatusCode);
        var versions = await Json.ReadAsync(await office.GetAsync("/api/v1/bulletins?period=2026-Q4"));
        Assert.Equal([3, 2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        await Json.ProblemAsync(await office.GetAsync($"/api/v1/bulletins/{Guid.NewGuid()}"), 404);
    }

    private static JsonElement Department(JsonElement bulletin, string code) =>
        bulletin.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code).GetProperty("score");

    // The integer counts that changed, in the bulletin's order: "name +n, …".
    private static string Delta(JsonElement before, JsonElement after) =>
        string.Join(", ", after.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Number && p.Name != "on_time_rate")
            .Select(p => (p.Name, Change: p.Value.GetInt32() - before.GetProperty(p.Name).GetInt32()))
            .Where(x => x.Change != 0)
            .Select(x => $"{x.Name} {x.Change}"));

    private static JsonElement Jurisdiction(JsonElement bulletin, string code) =>
        bulletin.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("code").GetString() == code).GetProperty("score");
}
