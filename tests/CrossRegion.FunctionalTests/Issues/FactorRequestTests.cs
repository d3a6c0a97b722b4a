using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Issues;

/// <summary>
/// 要素保障 (ADR 0026): a 要素 request is an issue that names what it needs — kind, amount, unit — so it is addressed,
/// chased, answered and closed as every issue is, and its answer says what was granted. Dazhou's bureau asks the joint
/// office for land quota; the answer must grant (all, part below the amount asked, or nothing); the list filters by
/// factor; the feed names it; Kaizhou, no party, finds none of it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FactorRequestTests(ApiFactory factory)
{
    [Fact]
    public async Task FactorRequest_Should_BeAnsweredWithWhatItGrants_AndFiltered()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        object Body(string? kind, decimal? amount, string? unit) => new
        {
            subject = $"达州段新增用地指标缺口（{key}）", help_needed = "请联合办公室协调两省调剂用地指标", addressee_kind = "joint_office", reply_by = "2027-01-15",
            factor = new { kind, amount, unit },
        };

        var refused = await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("water", 0, null)), 400);
        var errors = refused.GetProperty("errors");
        Assert.True(errors.TryGetProperty("factor.kind", out _) && errors.TryGetProperty("factor.amount", out _) && errors.TryGetProperty("factor.unit", out _), errors.ToString());
        await Json.ProblemAsync(await kaizhou.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("land_quota", 120, "亩")), 404);

        var raised = await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("land_quota", 120, "亩"));
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var request = await Json.ReadAsync(raised);
        var id = request.GetProperty("id").GetString()!;
        var factor = request.GetProperty("factor");
        Assert.Equal(("land_quota", 120m, "亩"), (factor.GetProperty("kind").GetString(), factor.GetProperty("amount").GetDecimal(), factor.GetProperty("unit").GetString()));
        var plain = (await Json.ReadAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", new
        {
            subject = "施工便道借用", help_needed = "请万州区交通局协调", addressee_kind = "unit", addressee = "WZ-TRANSPORT", reply_by = "2027-01-15",
        }))).GetProperty("id").GetString()!;

        // The ledger counts the issues awaiting an answer and filters by them.
        async Task<List<(string Key, int Open)>> LedgerAsync(string filter) =>
            (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/tasks?q={key}&{filter}"))).GetProperty("items").EnumerateArray()
                .Select(t => (t.GetProperty("key").GetString()!, t.GetProperty("open_issues").GetInt32())).ToList();
        Assert.Equal([(key, 2)], await LedgerAsync("open_issues=true"));
        Assert.Empty(await LedgerAsync("open_issues=false"));

        // The answer says what it grants: required for a 要素 request, refused for any other issue; a part is below the ask.
        Assert.Equal("factor.grant", (await Json.ProblemAsync(await office.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "已协调" }), 422)).GetProperty("rule").GetString());
        await Json.ProblemAsync(await office.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "已协调", grant = new { outcome = "most" } }), 400);
        Assert.Equal("factor.grant", (await Json.ProblemAsync(await office.PostSnakeAsync(
            $"/api/v1/issues/{id}/answer", new { answer = "已协调", grant = new { outcome = "partly_granted", amount = 150 } }), 422)).GetProperty("rule").GetString());
        Assert.Equal("factor.grant", (await Json.ProblemAsync(await office.PostSnakeAsync(
            $"/api/v1/issues/{plain}/answer", new { answer = "可借用", grant = new { outcome = "granted" } }), 422)).GetProperty("rule").GetString());
        var partly = await Json.ReadAsync(await office.PostSnakeAsync(
            $"/api/v1/issues/{id}/answer", new { answer = "四川省先行调剂80亩，余量列入下年度计划", grant = new { outcome = "partly_granted", amount = 80, document = "川自然资函〔2026〕31号" } }));
        var granted = partly.GetProperty("factor");
        Assert.Equal(("answered", "partly_granted", 80m, "川自然资函〔2026〕31号"), (partly.GetProperty("status").GetString(), granted.GetProperty("outcome").GetString(),
            granted.GetProperty("granted_amount").GetDecimal(), granted.GetProperty("document").GetString()));

        // Reopened for the rest, then granted in full (the amount asked, unless said).
        var reopened = await Json.ReadAsync(await dazhou.PostSnakeAsync($"/api/v1/issues/{id}/reopen", new { reason = "余量40亩仍无着落", reply_by = "2027-03-01" }));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reopened.GetProperty("factor").GetProperty("outcome").ValueKind);
        var full = await Json.ReadAsync(await office.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "重庆市调剂余量", grant = new { outcome = "granted" } }));
        Assert.Equal(("granted", 120m), (full.GetProperty("factor").GetProperty("outcome").GetString(), full.GetProperty("factor").GetProperty("granted_amount").GetDecimal()));

        Assert.Equal([(key, 1)], await LedgerAsync("open_issues=true"));

        // The list by factor: any, one kind; a kind that is not one is said so. Kaizhou finds none of it.
        Assert.Contains(id, await IdsAsync(dazhou, "/api/v1/issues?factor=land_quota&limit=200"));
        Assert.Contains(id, await IdsAsync(dazhou, "/api/v1/issues?factor=any&limit=200"));
        Assert.DoesNotContain(plain, await IdsAsync(dazhou, "/api/v1/issues?factor=any&limit=200"));
        Assert.DoesNotContain(id, await IdsAsync(dazhou, "/api/v1/issues?factor=funds&limit=200"));
        await Json.ProblemAsync(await dazhou.GetAsync("/api/v1/issues?factor=water"), 400);
        Assert.DoesNotContain(id, await IdsAsync(kaizhou, "/api/v1/issues?factor=any&limit=200"));
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/issues/{id}"), 404);

        var events = await ChangeFeed.EventsAsync(factory.Services, dazhou, "issue.changed");
        Assert.Contains(events, e => e.GetProperty("data").GetProperty("issue_id").GetString() == id
            && e.GetProperty("data").GetProperty("factor").GetString() == "land_quota" && e.GetProperty("data").GetProperty("factor_outcome").GetString() == "granted");
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, kaizhou, "issue.changed"), e => e.GetProperty("data").GetProperty("issue_id").GetString() == id);
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        (await Json.ReadAsync(await client.GetAsync(path))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
}
