using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Pipeline;

/// <summary>
/// ADR 0026 on a Wanzhou–Dazhou task: the 前期 checklist (kept by the joint office, each item moved by the party answering
/// for it) holds the project in preparation until every item is approved or found not needed, unless the joint office
/// overrides with a reason; each party pledges and records its monthly spend, summed for the task. Kaizhou, no party,
/// finds nothing and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PipelineTests(ApiFactory factory)
{
    [Fact]
    public async Task PreparationChecklist_Should_HoldTheStart_UntilSettled_ByTheAnsweringParties()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var path = $"/api/v1/tasks/{key}/preparation";

        // The joint office keeps the list; a party's coordinator does not, Kaizhou finds no task; bad input named.
        await Json.ProblemAsync(await SendAsync(dazhou, HttpMethod.Post, path, new { kind = "feasibility", party = "DZ" }), 403);
        await Json.ProblemAsync(await SendAsync(kaizhou, HttpMethod.Post, path, new { kind = "feasibility", party = "KZ" }, etag: "\"1\""), 404);
        Assert.True((await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "other", party = "DZ" }), 400)).GetProperty("errors").TryGetProperty("name", out _));
        Assert.True((await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "permit", party = "DZ" }), 400)).GetProperty("errors").TryGetProperty("kind", out _));
        await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "feasibility", party = "KZ" }), 422);
        await Json.ProblemAsync(await office.PostAsJsonAsync(path, new { kind = "feasibility", party = "WZ" }), 428);

        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "feasibility", party = "WZ" }));
        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "land_pre_review", party = "DZ" }));
        var listed = await Json.ReadAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "other", name = "水土保持方案", party = "DZ" }));
        Assert.Equal("preparation.duplicate", (await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "land_pre_review", party = "DZ" }), 409))
            .GetProperty("rule").GetString());
        var preparation = listed.GetProperty("preparation");
        Assert.Equal((0, 3), (preparation.GetProperty("settled").GetInt32(), preparation.GetProperty("unsettled").GetInt32()));
        Guid Item(JsonElement task, string kind) => task.GetProperty("preparation").GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("kind").GetString() == kind).GetProperty("id").GetGuid();
        var (feasibility, land, other) = (Item(listed, "feasibility"), Item(listed, "land_pre_review"), Item(listed, "other"));
        Assert.Equal("水土保持方案", listed.GetProperty("preparation").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == other).GetProperty("label_zh").GetString());

        // In preparation the project is; it cannot start while an item is open — the refusal names them.
        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "preliminary", on = "2026-03-01" }));
        var held = await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "new_start", on = "2026-11-01" }), 422);
        Assert.Equal("stage.preparation", held.GetProperty("rule").GetString());
        Assert.Contains("用地预审", held.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Each item is moved by the party answering for it (or the joint office): Dazhou cannot move Wanzhou's.
        await Json.ProblemAsync(await SendAsync(dazhouUnit, HttpMethod.Patch, $"{path}/{feasibility}", new { state = "approved", on = "2026-10-10" }), 403);
        await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Patch, $"{path}/{feasibility}", new { state = "approved" }), 400);
        await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Patch, $"{path}/{feasibility}", new { state = "approved", on = "2026-12-30" }), 422);
        await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Patch, $"{path}/{Guid.NewGuid()}", new { state = "in_progress" }), 404);
        await Json.ProblemAsync(await SendAsync(kaizhou, HttpMethod.Patch, $"{path}/{feasibility}", new { state = "in_progress" }, etag: "\"1\""), 404);
        var approved = await Json.ReadAsync(await SendAsync(wanzhouUnit, HttpMethod.Patch, $"{path}/{feasibility}", new { state = "approved", on = "2026-10-10", document = "万发改〔2026〕88号" }));
        var item = approved.GetProperty("preparation").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == feasibility);
        Assert.Equal(("approved", "2026-10-10", "万发改〔2026〕88号"), (item.GetProperty("state").GetString(), item.GetProperty("on").GetString(), item.GetProperty("document").GetString()));
        await Json.ProblemAsync(await SendAsync(dazhouUnit, HttpMethod.Patch, $"{path}/{other}", new { state = "not_needed" }), 400);
        await ExpectOkAsync(await SendAsync(dazhouUnit, HttpMethod.Patch, $"{path}/{other}", new { state = "not_needed", note = "项目不涉及水土流失敏感区" }));
        await ExpectOkAsync(await SendAsync(dazhou, HttpMethod.Patch, $"{path}/{land}", new { state = "in_progress" }));
        Assert.Equal("stage.preparation", (await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "new_start", on = "2026-11-01" }), 422))
            .GetProperty("rule").GetString());
        await ExpectOkAsync(await SendAsync(dazhou, HttpMethod.Patch, $"{path}/{land}", new { state = "approved", on = "2026-11-02", document = "达自然资预审〔2026〕12号" }));

        var started = await Json.ReadAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "new_start", on = "2026-11-05" }));
        Assert.Equal("new_start", started.GetProperty("stage").GetString());
        Assert.Equal((3, 0), (started.GetProperty("preparation").GetProperty("settled").GetInt32(), started.GetProperty("preparation").GetProperty("unsettled").GetInt32()));

        // The parties read it in the feed; Kaizhou reads nothing of the task.
        var events = await ChangeFeed.EventsAsync(factory.Services, dazhou, "task.changed");
        Assert.Contains(events, e => e.GetProperty("data").GetProperty("task_key").GetString() == key
            && e.GetProperty("data").GetProperty("changed").EnumerateArray().Any(c => c.GetString() == "preparation"));
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, kaizhou, "task.changed"), e => e.GetProperty("data").GetProperty("task_key").GetString() == key);
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}"), 404);
    }

    [Fact]
    public async Task StageOverride_Should_MoveOn_WithTheReasonKept_AndItemsBeRemovable()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var path = $"/api/v1/tasks/{key}/preparation";
        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "environmental_assessment", party = "WZ" }));
        var listed = await Json.ReadAsync(await SendAsync(office, HttpMethod.Post, path, new { kind = "funding", party = "DZ" }));
        var funding = listed.GetProperty("preparation").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "funding").GetProperty("id").GetGuid();
        await Json.ProblemAsync(await SendAsync(await factory.ClientForAsync("dz.admin"), HttpMethod.Delete, $"{path}/{funding}", null), 403);
        var removed = await Json.ReadAsync(await SendAsync(office, HttpMethod.Delete, $"{path}/{funding}", null));
        Assert.Single(removed.GetProperty("preparation").GetProperty("items").EnumerateArray());

        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "major_preliminary", on = "2026-02-01" }));
        var moved = await Json.ReadAsync(await SendAsync(
            office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "new_start", on = "2026-11-10", note = "先行段开工", override_reason = "联席会议决定先行段先行开工，环评同步推进" }));
        Assert.Equal("new_start", moved.GetProperty("stage").GetString());
        var note = moved.GetProperty("list_item").GetProperty("stage_history").EnumerateArray().Last().GetProperty("note").GetString();
        Assert.Equal("先行段开工（越过前期检查：联席会议决定先行段先行开工，环评同步推进）", note);

        // Moving on within construction is not held by the checklist.
        await ExpectOkAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage = "continuing", on = "2026-11-15" }));
    }

    [Fact]
    public async Task CostShares_Should_SumEachPartysPledge_AndLatestMonthlySpend()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var shares = $"/api/v1/tasks/{key}/cost-shares";

        Assert.Equal(JsonValueKind.Null, (await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("costs").ValueKind);
        await ExpectOkAsync(await SendAsync(dazhouUnit, HttpMethod.Put, $"{shares}/DZ", new { pledged = 1200 }));
        await Json.ProblemAsync(await SendAsync(dazhouUnit, HttpMethod.Put, $"{shares}/WZ", new { pledged = 1 }), 403);
        await Json.ProblemAsync(await SendAsync(office, HttpMethod.Put, $"{shares}/WZ", new { pledged = -5 }), 400);
        await Json.ProblemAsync(await SendAsync(office, HttpMethod.Put, $"{shares}/KZ", new { pledged = 5 }), 404);
        await Json.ProblemAsync(await SendAsync(kaizhou, HttpMethod.Put, $"{shares}/KZ", new { pledged = 5 }, etag: "\"1\""), 404);
        await ExpectOkAsync(await SendAsync(office, HttpMethod.Put, $"{shares}/WZ", new { pledged = 800 }));

        await ExpectOkAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-09", amount = 300 }));
        await ExpectOkAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-09", amount = 350, note = "补录监理费" }));
        await ExpectOkAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-10", amount = 100.5 }));
        Assert.Equal("cost.period", (await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-12", amount = 1 }), 422))
            .GetProperty("rule").GetString());
        await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-13", amount = 1 }), 400);
        await Json.ProblemAsync(await SendAsync(wanzhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-10", amount = -1 }), 400);
        await Json.ProblemAsync(await SendAsync(dazhouUnit, HttpMethod.Post, $"{shares}/WZ/spend", new { period = "2026-10", amount = 1 }), 403);
        var spent = await Json.ReadAsync(await SendAsync(dazhouUnit, HttpMethod.Post, $"{shares}/DZ/spend", new { period = "2026-10", amount = 600 }));

        var costs = spent.GetProperty("costs");
        Assert.Equal(("万元", 2000m, 1050.5m, 52.5m), (costs.GetProperty("unit").GetString(), costs.GetProperty("pledged").GetDecimal(), costs.GetProperty("spent").GetDecimal(), costs.GetProperty("percent_of_pledge").GetDecimal()));
        var wanzhou = costs.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "WZ");
        Assert.Equal((800m, 450.5m, 56.3m), (wanzhou.GetProperty("pledged").GetDecimal(), wanzhou.GetProperty("spent").GetDecimal(), wanzhou.GetProperty("percent_of_pledge").GetDecimal()));
        var september = wanzhou.GetProperty("months")[0];
        Assert.Equal(("2026-09", 350m, 2, "补录监理费"), (september.GetProperty("period").GetString(), september.GetProperty("amount").GetDecimal(), september.GetProperty("revisions").GetInt32(), september.GetProperty("note").GetString()));
        Assert.Equal(800m, spent.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("jurisdiction").GetString() == "WZ").GetProperty("pledged").GetDecimal());

        // Clearing a pledge leaves the spend; the totals follow.
        var cleared = await Json.ReadAsync(await SendAsync(dazhouUnit, HttpMethod.Put, $"{shares}/DZ", new { pledged = (decimal?)null }));
        Assert.Equal((800m, 1050.5m), (cleared.GetProperty("costs").GetProperty("pledged").GetDecimal(), cleared.GetProperty("costs").GetProperty("spent").GetDecimal()));
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}"), 404);
    }

    private static async Task ExpectOkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Sends with If-Match: the task's current ETag as the caller reads it, or the tag given (for a caller who cannot read it).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? etag = null)
    {
        etag ??= (await client.GetAsync(string.Join('/', path.Split('/').Take(5)))).Headers.ETag!.ToString();
        var request = new HttpRequestMessage(method, path) { Headers = { { "If-Match", etag } } };
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json.Snake);
        }

        return await client.SendAsync(request);
    }
}
