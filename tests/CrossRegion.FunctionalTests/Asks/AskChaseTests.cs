using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Asks;

/// <summary>
/// An ask unanswered past its follow-up day is chased like a milestone (issue 17): a numbered 催办单 to each submitting
/// city on the first working day after, once however often the chase runs, up each city's ladder; a city of the task
/// that does not submit it, and a city that is no party, get nothing. An acceptance that moves the follow-up day stops
/// the old chase and starts a new one; the answer ends it. Drafts and answered asks are never chased.
/// </summary>
public sealed class AskChaseTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task UnansweredAsk_Should_BeChasedOncePerSubmitterAndLevel_UntilAnswered()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var kaizhouUnit = await factory.ClientForAsync("kz.transport");
        var office = await factory.ClientForAsync("joint.office");

        // 联合报批 by both cities; one Dazhou files alone and has its answer; one still a draft.
        var joint = await CreateAsync(dazhou, key, ["WZ", "DZ"], "争取国家发展改革委将万达快速通道纳入规划");
        var alone = await CreateAsync(dazhou, key, ["DZ"], "争取省级交通专项资金");
        var draft = await CreateAsync(dazhou, key, ["DZ"], "争取用地指标");
        await PostAsync(dazhou, $"/api/v1/asks/{joint}/submit", new { on = "2026-11-20", reference = "达市发改〔2026〕31号", follow_up_on = "2026-12-04" });
        await PostAsync(dazhou, $"/api/v1/asks/{alone}/submit", new { on = "2026-11-20", follow_up_on = "2026-12-04" });
        await PostAsync(dazhou, $"/api/v1/asks/{alone}/answer", new { outcome = "included", on = "2026-11-20", document = "川交发〔2026〕5号" });
        await PostAsync(dazhou, $"/api/v1/asks/{draft}/follow-up", new { follow_up_on = "2026-12-04" });

        // The follow-up day itself (Friday 4th): nothing. Monday 7th, twice: one 催办单 to each submitting city.
        await factory.ChaseAsync(new DateOnly(2026, 12, 4));
        Assert.Empty(await AskNoticesAsync(taskId));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var first = await AskNoticesAsync(taskId);
        Assert.Equal(["DZ", "WZ"], first.Select(n => n.JurisdictionCode).Order());
        Assert.All(first, n =>
        {
            Assert.Equal((joint, new DateOnly(2026, 12, 4), 0, LadderLevel.DepartmentOfficer, 3), (n.SubjectId, n.DueOn, n.Rung, n.Level, n.DaysOverdue));
            Assert.Matches(@"^联办催字〔2026〕\d+号$", n.Number);
        });

        // Wanzhou's unit reads it as an ask; Kaizhou's, no party, learns nothing of it.
        var wzNotice = first.Single(n => n.JurisdictionCode == "WZ");
        var read = await Json.ReadAsync(await wanzhouUnit.GetAsync($"/api/v1/notices/{wzNotice.Id}"));
        Assert.Equal(("ask", joint, "争取国家发展改革委将万达快速通道纳入规划"), (read.GetProperty("subject").GetString(), read.GetProperty("ask_id").GetGuid(), read.GetProperty("ask_subject").GetString()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("milestone_id").ValueKind);
        Assert.Contains("争取事项“争取国家发展改革委将万达快速通道纳入规划”已过跟进日（2026-12-04）3 天仍无答复", read.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["万州区交通局"], read.GetProperty("recipient_units").EnumerateArray().Select(u => u.GetString()));
        await Json.ProblemAsync(await kaizhouUnit.GetAsync($"/api/v1/notices/{wzNotice.Id}"), 404);
        var kaizhouInbox = await Json.ReadAsync(await kaizhouUnit.GetAsync("/api/v1/notifications?limit=200"));
        Assert.DoesNotContain(kaizhouInbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("subject").GetString() == "ask");
        Assert.Equal(2, (await Json.ReadAsync(await office.GetAsync($"/api/v1/notices?subject=ask&task={key}&limit=200"))).GetProperty("items").GetArrayLength());

        // Three working days on, both climb to the units' heads; each event once, in the issuing transaction.
        await factory.ChaseAsync(new DateOnly(2026, 12, 10));
        Assert.Equal(
            [("DZ", LadderLevel.DepartmentOfficer), ("DZ", LadderLevel.DepartmentHead), ("WZ", LadderLevel.DepartmentOfficer), ("WZ", LadderLevel.DepartmentHead)],
            (await AskNoticesAsync(taskId)).Select(n => (n.JurisdictionCode, n.Level!.Value)).Order());
        var events = (await factory.WithDbAsync(db => db.OutboxEvents.AsNoTracking().Where(e => e.TaskId == taskId && e.Type.StartsWith("notice.")).ToListAsync()))
            .Where(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("subject").GetString() == "ask")
            .ToList();
        Assert.Equal(["notice.escalated", "notice.escalated", "notice.issued", "notice.issued"], events.Select(e => e.Type).Order());

        // The quarter's bulletin counts each submitting city's asks: Dazhou's two went up, one was won; the joint one
        // awaits its answer past the follow-up day, for both of its cities.
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bulletin = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.Equal(
            ["DZ 2 1 0 1 1", "KZ 0 0 0 0 0", "WZ 1 0 0 1 1", "YY 0 0 0 0 0"],
            bulletin.GetProperty("asks").EnumerateArray().Select(a => string.Join(' ', a.GetProperty("code").GetString(),
                a.GetProperty("submitted").GetInt32(), a.GetProperty("won").GetInt32(), a.GetProperty("refused").GetInt32(),
                a.GetProperty("awaiting").GetInt32(), a.GetProperty("overdue").GetInt32())));
        using var html = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        html.Headers.Accept.ParseAdd("text/html");
        var page = await (await office.SendAsync(html)).Content.ReadAsStringAsync();
        Assert.Contains("争取事项 Asks to higher levels", page, StringComparison.Ordinal);

        // Accepted (受理) with a new follow-up day: the old chase stops climbing, a new one starts after the 18th.
        factory.Clock.MorningOf(new DateOnly(2026, 12, 11));
        await PostAsync(dazhou, $"/api/v1/asks/{joint}/answer", new { outcome = "accepted", on = "2026-12-11", follow_up_on = "2026-12-18" });
        await factory.ChaseAsync(new DateOnly(2026, 12, 15));
        await factory.ChaseAsync(new DateOnly(2026, 12, 17));
        Assert.Equal(4, (await AskNoticesAsync(taskId)).Count);
        await factory.ChaseAsync(new DateOnly(2026, 12, 21));
        var renewed = (await AskNoticesAsync(taskId)).Where(n => n.DueOn == new DateOnly(2026, 12, 18)).ToList();
        Assert.Equal([("DZ", 0), ("WZ", 0)], renewed.Select(n => (n.JurisdictionCode, n.Rung)).Order());

        // Approved: the chase ends; the answered and the drafted asks were never chased.
        factory.Clock.MorningOf(new DateOnly(2026, 12, 22));
        await PostAsync(dazhou, $"/api/v1/asks/{joint}/answer", new { outcome = "approved", on = "2026-12-22", reference = "发改基础〔2026〕101号", document = "关于将万达快速通道纳入规划的复函" });
        for (var day = new DateOnly(2026, 12, 22); day <= new DateOnly(2027, 1, 15); day = day.AddDays(1))
        {
            await factory.ChaseAsync(day);
        }

        var all = await AskNoticesAsync(taskId);
        Assert.Equal(6, all.Count);
        Assert.All(all, n => Assert.Equal(joint, n.SubjectId));

        // The year's evaluation counts asks when its scheme says so: each submitting city's, won in the year.
        var scheme = new
        {
            milestones = new { weight = 40m, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["after_extension"] = 0.8m, ["late"] = 0.5m, ["overdue"] = 0 } },
            reports = new { weight = 20m, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["late"] = 0.5m, ["missing"] = 0 } },
            notices = new { weight = 10m, points = new Dictionary<string, decimal> { ["signed"] = 1, ["unsigned"] = 0 } },
            indicators = new { weight = 20m, points = new Dictionary<string, decimal> { ["met"] = 1, ["not_met"] = 0.3m, ["not_reported"] = 0 } },
            asks = new { weight = 10m, points = new Dictionary<string, decimal> { ["won"] = 1, ["refused"] = 0.5m, ["awaiting"] = 0.5m, ["unanswered"] = 0 } },
            bonus_cap = 5m, deduction_cap = 10m, allow_negative = false,
        };
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync("/api/v1/evaluation-schemes/2026", scheme, Json.Snake)).StatusCode);
        var run = await office.PostAsJsonAsync("/api/v1/evaluations", new { year = 2026, as_of = "2026-12-31" }, Json.Snake);
        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        var evaluation = (await Json.ReadAsync(run)).GetProperty("id").GetString();
        var dzAsks = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{evaluation}/jurisdictions/DZ?section=asks"));
        Assert.Equal(["won", "won"], dzAsks.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()!));
        var asksScore = dzAsks.GetProperty("score").GetProperty("sections").EnumerateArray().Single(x => x.GetProperty("section").GetString() == "asks");
        Assert.Equal((2, 2m, 2m), (asksScore.GetProperty("items").GetInt32(), asksScore.GetProperty("earned").GetDecimal(), asksScore.GetProperty("possible").GetDecimal()));
        var kzAsks = await Json.ReadAsync(await office.GetAsync($"/api/v1/evaluations/{evaluation}/jurisdictions/KZ?section=asks"));
        Assert.Equal(0, kzAsks.GetProperty("items").GetArrayLength());

        // Numbers stay unique and gapless across everything the chase issued.
        var serials = await factory.WithDbAsync(db => db.Notices.Where(n => n.Year == 2026).Select(n => n.Serial!.Value).ToListAsync());
        Assert.Equal(Enumerable.Range(1, serials.Count), serials.Order());
    }

    private async Task<List<Notice>> AskNoticesAsync(Guid taskId) =>
        (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Ask)).Where(n => n.Kind == NoticeKind.Notice).ToList();

    private static async Task<Guid> CreateAsync(HttpClient client, string key, string[] submitters, string subject)
    {
        var response = await client.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new { kind = "inclusion", subject, addressees = new[] { "NDRC" }, submitters });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetGuid();
    }

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostSnakeAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
