using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Reports;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Contract;

/// <summary>
/// The HTTP details integrators rely on: entity tags both ways (If-Match with <c>*</c>, weak and foreign tags refused
/// with 412; If-None-Match answering 304 until the representation changes), numbers that are numbers, instants in
/// one form, the events they asked for in the feed with their typed data, and a value set's codes named in a refusal.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HttpSemanticsTests(ApiFactory factory)
{
    [Fact]
    public async Task IfMatch_Should_TakeTheReadTagOrStar_And_RefuseWeakOrForeignTags_With412()
    {
        var office = await factory.ClientForAsync("joint.office");
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));

        Assert.Equal(428, await PatchAsync(office, key, null));
        Assert.Equal(412, await PatchAsync(office, key, "W/\"1\""));
        Assert.Equal(412, await PatchAsync(office, key, "\"abc\""));
        Assert.Equal(412, await PatchAsync(office, key, "not-a-tag"));
        Assert.Equal(412, await PatchAsync(office, key, "\"999\""));

        var read = (await office.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.Tag;
        Assert.Matches("^\"\\d+-[0-9a-f]{12}\"$", read);
        Assert.Equal(200, await PatchAsync(office, key, read));
        Assert.Equal(412, await PatchAsync(office, key, read));
        Assert.Equal(200, await PatchAsync(office, key, "*"));
    }

    [Fact]
    public async Task IfNoneMatch_Should_Answer304_UntilTheRepresentationChanges()
    {
        var office = await factory.ClientForAsync("joint.office");
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var first = await office.GetAsync($"/api/v1/tasks/{key}");
        var tag = first.Headers.ETag!.Tag;

        var again = await GetAsync(office, $"/api/v1/tasks/{key}", tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag!.Tag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(office, $"/api/v1/tasks/{key}", $"W/{tag}")).StatusCode);

        // Another caller sees another representation (another city's actions): its own tag, never a 304 for this one.
        var wanzhou = await factory.ClientForAsync("wz.transport");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(wanzhou, $"/api/v1/tasks/{key}/actions", (await office.GetAsync($"/api/v1/tasks/{key}/actions")).Headers.ETag!.Tag)).StatusCode);

        Assert.Equal(200, await PatchAsync(office, key, tag));
        var changed = await GetAsync(office, $"/api/v1/tasks/{key}", tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag!.Tag);

        // Bulletins and lists answer the same way.
        var path = (await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q3" })).Headers.Location!.ToString();
        var read = await office.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(office, path, read.Headers.ETag!.Tag)).StatusCode);
        var ledger = await office.GetAsync("/api/v1/tasks?limit=5");
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(office, "/api/v1/tasks?limit=5", ledger.Headers.ETag!.Tag)).StatusCode);
    }

    [Fact]
    public async Task Numbers_Should_BeNumbers_And_Instants_UtcWithZToTheMillisecond()
    {
        var dazhou = await factory.ClientForAsync("dz.transport");
        var office = await factory.ClientForAsync("joint.office");
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));

        var text = await dazhou.PostAsync($"/api/v1/tasks/{key}/reports", new StringContent(
            """{"period":"2026-11","narrative":"本月完成路基工程。","progress_percent":"35.5","status":"on_track"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (await Json.ProblemAsync(text, 400)).GetProperty("status").GetInt32());

        var report = await Json.ReadAsync(await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.BodyFor("2026-11", "on_track", null)));
        const string Instant = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";
        Assert.Matches(Instant, report.GetProperty("submitted_at").GetString()!);
        var history = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}/history"));
        Assert.All(history.GetProperty("items").EnumerateArray(), e => Assert.Matches(Instant, e.GetProperty("at").GetString()!));
        await ChangeFeed.EndAsync(factory.Services, office);
        var feed = await Json.ReadAsync(await office.GetAsync("/api/v1/changes?limit=20"));
        Assert.All(feed.GetProperty("items").EnumerateArray(), e => Assert.Matches(Instant, e.GetProperty("occurred_at").GetString()!));
    }

    [Fact]
    public async Task TheEventsIntegratorsAskedFor_Should_ReachTheFeed_Typed_OnlyForTheTasksParties()
    {
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var start = await ChangeFeed.EndAsync(factory.Services, office);
        var (key, _, milestone) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var dazhou = await factory.ClientForAsync("dz.transport");
        var wanzhou = await factory.ClientForAsync("wz.transport");

        Assert.True((await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.BodyFor("2026-11", "at_risk", "征地滞后"))).IsSuccessStatusCode);
        Assert.True((await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/extensions", new { due_date = "2027-09-30", reason = "征地拆迁受阻" })).IsSuccessStatusCode);
        Assert.True((await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", new { evidence = "达州段路基验收" })).IsSuccessStatusCode);
        var proposal = await (await factory.ClientForAsync("kz.admin")).PostSnakeAsync("/api/v1/tasks", new TaskBody(
            $"WDK-2026-Q{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "industry", "开达产业协作园", "Kaizhou–Dazhou industrial park",
            [], new("2026年", 2026, 2026), "共建产业协作园。", null, null,
            [new("KZ", "lead", null, ["KZ-ECONOMY"]), new("DZ", "responsible", null, ["DZ-ECONOMY"])],
            [], [new("园区规划获批", null, new DateOnly(2026, 12, 31), "year", [])]));
        Assert.Equal(HttpStatusCode.Created, proposal.StatusCode);
        var proposed = (await Json.ReadAsync(proposal)).GetProperty("key").GetString();

        var events = await ChangeFeed.AfterAsync(factory.Services, office, start);
        var mine = events.Where(e => Data(e, "task_key") == key).ToList();
        var report = Assert.Single(mine, e => Type(e) == EventTypes.ReportSubmitted).GetProperty("data");
        Assert.Equal(("DZ", "2026-11", "at_risk", 1), (report.GetProperty("jurisdiction").GetString(), report.GetProperty("period").GetString(), report.GetProperty("status").GetString(), report.GetProperty("revision").GetInt32()));
        Assert.Equal(35.5m, report.GetProperty("progress_percent").GetDecimal());
        var extension = Assert.Single(mine, e => Type(e) == EventTypes.ExtensionRequested).GetProperty("data");
        Assert.Equal(("WZ", "2027-09-30", "2027-06-30"), (extension.GetProperty("jurisdiction").GetString(), extension.GetProperty("requested_due_date").GetString(), extension.GetProperty("due_date").GetString()));
        var signed = Assert.Single(mine, e => Type(e) == EventTypes.MilestoneSignedOff).GetProperty("data");
        Assert.Equal(("DZ", "confirmed", "open"), (signed.GetProperty("jurisdiction").GetString(), signed.GetProperty("decision").GetString(), signed.GetProperty("milestone_status").GetString()));
        Assert.DoesNotContain(mine, e => Type(e) == EventTypes.MilestoneDone);
        Assert.Single(events, e => Type(e) == EventTypes.TaskProposed && Data(e, "task_key") == proposed);
        Assert.DoesNotContain(events, e => Type(e) == EventTypes.TaskCreated && Data(e, "task_key") == proposed);

        var seenByKaizhou = await ChangeFeed.AfterAsync(factory.Services, kaizhou, start);
        Assert.DoesNotContain(seenByKaizhou, e => Data(e, "task_key") == key);
        Assert.Contains(seenByKaizhou, e => Type(e) == EventTypes.TaskProposed && Data(e, "task_key") == proposed);
    }

    [Fact]
    public async Task AnUnknownCategoryOrProgramme_Should_BeAnsweredWithTheCodesThatExist()
    {
        var office = await factory.ClientForAsync("joint.office");
        var response = await office.PostSnakeAsync("/api/v1/tasks", new TaskBody(
            $"WDK-2026-X{Random.Shared.Next(100000, 999999)}", "joint_key_task", "NOPE", "nope", "测试任务", "Test task",
            [], new("2026年", 2026, 2026), "测试。", null, null, [new("WZ", "responsible", null, [])], [], []));

        var errors = (await Json.ProblemAsync(response, 400)).GetProperty("errors");
        Assert.Contains("infrastructure", errors.GetProperty("category")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("GET /api/v1/categories", errors.GetProperty("category")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("WDK", errors.GetProperty("programme")[0].GetString(), StringComparison.Ordinal);
        var categories = await Json.ReadAsync(await office.GetAsync("/api/v1/categories"));
        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("code").GetString() == "infrastructure");
    }

    private static async Task<int> PatchAsync(HttpClient client, string key, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = JsonContent.Create(new { remarks = $"加快推进 {Guid.NewGuid():N}" }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return (int)(await client.SendAsync(request)).StatusCode;
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    private static string? Type(JsonElement change) => change.GetProperty("type").GetString();

    private static string? Data(JsonElement change, string name) =>
        change.GetProperty("data").TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
