using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// 季通报 for 2026-Q4 after a quarter's work: Wanzhou signed its part of a milestone on time and reported November on
/// time; Dazhou did neither, was sent a 催办单 and signed for it. The bulletin counts, ranks and lists accordingly.
/// </summary>
public sealed class BulletinTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task The_quarterly_bulletin_scores_ranks_and_lists_the_overdue_versioned_as_json_and_html()
    {
        factory.Clock.Now = DateTimeOffset.UtcNow;
        var (key, taskId, milestone) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var dazhou = await factory.ClientForAsync("dz.transport");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var office = await factory.ClientForAsync("joint.office");
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
        Assert.Equal((1, "2026-12-31"), (summary.GetProperty("version").GetInt32(), summary.GetProperty("as_of").GetString()));

        var bulletin = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        var wz = Jurisdiction(bulletin, "WZ");
        var dz = Jurisdiction(bulletin, "DZ");
        Assert.True(wz.GetProperty("on_time").GetInt32() >= 1);
        Assert.True(wz.GetProperty("reports_on_time").GetInt32() >= 1);
        Assert.True(dz.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(dz.GetProperty("reports_missing").GetInt32() >= 1);
        Assert.True(dz.GetProperty("notices_acknowledged").GetInt32() >= 1);
        Assert.Equal([1, 2, 3, 4], bulletin.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetProperty("rank").GetInt32()));
        var item = bulletin.GetProperty("overdue_items").EnumerateArray().Single(i => i.GetProperty("task_key").GetString() == key);
        Assert.Equal(("DZ", 27), (item.GetProperty("jurisdiction").GetString(), item.GetProperty("days_overdue").GetInt32()));
        Assert.Equal(["达州市交通运输局"], item.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
        var unit = bulletin.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "WZ-TRANSPORT").GetProperty("score");
        Assert.True(unit.GetProperty("on_time").GetInt32() >= 1);
        var late = bulletin.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "DZ-TRANSPORT").GetProperty("score");
        Assert.True(late.GetProperty("reports_missing").GetInt32() >= 1);
        Assert.True(late.GetProperty("overdue").GetInt32() >= 1);

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
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        await Json.ProblemAsync(await office.GetAsync($"/api/v1/bulletins/{Guid.NewGuid()}"), 404);
    }

    private static JsonElement Jurisdiction(JsonElement bulletin, string code) =>
        bulletin.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("code").GetString() == code).GetProperty("score");
}
