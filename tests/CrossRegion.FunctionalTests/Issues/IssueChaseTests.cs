using System.Net;
using System.Net.Http.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Issues;

/// <summary>
/// An issue unanswered past its reply-by day is chased on the addressee's side (ADR 0025): a numbered 催办单 to the
/// addressed unit's city on the first working day after, once however often the chase runs, up that city's ladder; the
/// raiser's city and a city that is no party get nothing of it. The answer ends the chase; a reopening with a new
/// reply-by day starts a new one; an issue addressed to the joint office is not chased up a city's ladder.
/// </summary>
public sealed class IssueChaseTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task UnansweredIssue_Should_BeChasedOnTheAddresseesSide_OncePerLevel_UntilAnswered()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var kaizhouUnit = await factory.ClientForAsync("kz.transport");
        var issue = await RaiseAsync(dazhouUnit, key, new { addressee_kind = "unit", addressee = "WZ-TRANSPORT", reply_by = "2026-12-04" });
        var toOffice = await RaiseAsync(dazhouUnit, key, new { addressee_kind = "joint_office", reply_by = "2026-12-04" });

        // The reply-by day itself (Friday 4th): nothing. Monday 7th, twice: one 催办单, to Wanzhou (the addressee's city).
        await factory.ChaseAsync(new DateOnly(2026, 12, 4));
        Assert.Empty(await IssueNoticesAsync(taskId));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var first = Assert.Single(await IssueNoticesAsync(taskId));
        Assert.Equal(("WZ", LadderLevel.DepartmentOfficer, issue, new DateOnly(2026, 12, 4)), (first.JurisdictionCode, first.Level!.Value, first.SubjectId, first.DueOn));

        // The addressed unit has it in its inbox, named and printed; the raiser's unit and Kaizhou have nothing of it.
        var response = await wanzhouUnit.GetAsync($"/api/v1/notices/{first.Id}");
        var read = await Json.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, read.ToString());
        Assert.Equal(("issue", issue.ToString()), (read.GetProperty("subject").GetString(), read.GetProperty("issue_id").GetString()));
        Assert.Contains("协调事项", read.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["万州区交通局"], read.GetProperty("recipient_units").EnumerateArray().Select(u => u.GetString()!));
        using (var pdf = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/notices/{first.Id}"))
        {
            pdf.Headers.Accept.ParseAdd("application/pdf");
            using var printed = UglyToad.PdfPig.PdfDocument.Open(await (await wanzhouUnit.SendAsync(pdf)).Content.ReadAsByteArrayAsync());
            var text = string.Concat(printed.GetPage(1).Letters.Select(l => l.Value));
            Assert.Contains("答复期限", text, StringComparison.Ordinal);
            Assert.Contains("万州段征地拆迁未完成", text, StringComparison.Ordinal);
        }

        await Json.ProblemAsync(await dazhouUnit.GetAsync($"/api/v1/notices/{first.Id}"), 404);
        await Json.ProblemAsync(await kaizhouUnit.GetAsync($"/api/v1/notices/{first.Id}"), 404);

        // Three working days on, the head of unit's rung; then the answer ends the chase.
        await factory.ChaseAsync(new DateOnly(2026, 12, 10));
        Assert.Equal([LadderLevel.DepartmentOfficer, LadderLevel.DepartmentHead], (await IssueNoticesAsync(taskId)).Select(n => n.Level!.Value));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 11));
        await PostAsync(wanzhouUnit, $"/api/v1/issues/{issue}/answer", new { answer = "已协调，12月20日前交地" });
        await factory.ChaseAsync(new DateOnly(2026, 12, 16));
        await factory.ChaseAsync(new DateOnly(2026, 12, 21));
        Assert.Equal(2, (await IssueNoticesAsync(taskId)).Count);

        // Reopened with a new reply-by day: a new chase from the first rung.
        await PostAsync(dazhou, $"/api/v1/issues/{issue}/reopen", new { reason = "未按期交地", reply_by = "2026-12-22" });
        await factory.ChaseAsync(new DateOnly(2026, 12, 22));
        await factory.ChaseAsync(new DateOnly(2026, 12, 23));
        var renewed = (await IssueNoticesAsync(taskId)).Where(n => n.DueOn == new DateOnly(2026, 12, 22)).ToList();
        Assert.Equal([("WZ", LadderLevel.DepartmentOfficer)], renewed.Select(n => (n.JurisdictionCode, n.Level!.Value)));

        // What is addressed to the joint office climbs no city's ladder: it is the joint office's own to answer.
        Assert.DoesNotContain(await IssueNoticesAsync(taskId), n => n.SubjectId == toOffice);
    }

    [Fact]
    public async Task Bulletin_Should_CountEachCitysFactorRequests_RaisedAnsweredAndAwaiting()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var office = await factory.ClientForAsync("joint.office");
        var land = await RaiseAsync(dazhouUnit, key, new
        {
            addressee_kind = "unit", addressee = "WZ-TRANSPORT", reply_by = "2026-12-04", factor = new { kind = "land_quota", amount = 120, unit = "亩" },
        });
        await RaiseAsync(dazhouUnit, key, new { addressee_kind = "joint_office", reply_by = "2026-12-31", factor = new { kind = "funds", amount = 500, unit = "万元" } });
        await RaiseAsync(dazhouUnit, key, new { addressee_kind = "joint_office", reply_by = "2026-11-25", factor = new { kind = "energy_power", amount = 30, unit = "万千瓦时" } });
        await RaiseAsync(dazhouUnit, key, new { addressee_kind = "joint_office", reply_by = "2026-11-25" });

        // On 1 December Wanzhou's bureau grants part of the land; the power request is past its reply-by day.
        factory.Clock.MorningOf(new DateOnly(2026, 12, 1));
        await PostAsync(wanzhouUnit, $"/api/v1/issues/{land}/answer", new { answer = "先行调剂80亩", grant = new { outcome = "partly_granted", amount = 80 } });
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bulletin = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.Equal(
            ["DZ 3 0 1 0 2 1", "KZ 0 0 0 0 0 0", "WZ 0 0 0 0 0 0", "YY 0 0 0 0 0 0"],
            bulletin.GetProperty("factors").EnumerateArray().Select(f => string.Join(' ', f.GetProperty("code").GetString(),
                f.GetProperty("requested").GetInt32(), f.GetProperty("granted").GetInt32(), f.GetProperty("partly_granted").GetInt32(),
                f.GetProperty("refused").GetInt32(), f.GetProperty("awaiting").GetInt32(), f.GetProperty("overdue").GetInt32())));
        using var html = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        html.Headers.Accept.ParseAdd("text/html");
        Assert.Contains("要素保障 Factor requests", await (await office.SendAsync(html)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var pdf = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        pdf.Headers.Accept.ParseAdd("application/pdf");
        using var printed = UglyToad.PdfPig.PdfDocument.Open(await (await office.SendAsync(pdf)).Content.ReadAsByteArrayAsync());
        Assert.Contains("要素保障需求", string.Concat(printed.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)), StringComparison.Ordinal);
    }

    private static async Task<Guid> RaiseAsync(HttpClient client, string key, object addressee)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(addressee, Json.Snake)!.AsObject();
        body["subject"] = "万州段征地拆迁未完成";
        body["help_needed"] = "请协调交地时间";
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/issues", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetGuid();
    }

    private static async Task PostAsync(HttpClient client, string path, object body) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PostSnakeAsync(path, body)).StatusCode);

    private async Task<List<Notice>> IssueNoticesAsync(Guid taskId) =>
        (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Issue)).Where(n => n.Kind == NoticeKind.Notice).ToList();
}
