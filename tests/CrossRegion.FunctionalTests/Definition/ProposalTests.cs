using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Reports;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Definition;

/// <summary>A city coordinator proposes a task (a draft); the joint office accepts or rejects it.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProposalTests(ApiFactory factory)
{
    [Fact]
    public async Task Proposal_Should_BeADraft_VisibleToItsParties_And_OffTheDefaultLedger()
    {
        var key = await ProposeAsync("kz.admin");

        var office = await factory.ClientForAsync("joint.office");
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("draft", task.GetProperty("status").GetString());
        Assert.Equal("kz.admin", task.GetProperty("proposal").GetProperty("by").GetString());
        Assert.Equal("KZ", task.GetProperty("proposal").GetProperty("jurisdiction").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientForAsync("dz.admin")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientForAsync("wz.admin")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        Assert.DoesNotContain(key, await KeysAsync(office, ""));
        Assert.Contains(key, await KeysAsync(office, "&status=draft"));
    }

    [Fact]
    public async Task Draft_Should_TakeNoReportsOrSignOffs_Until_Accepted()
    {
        var key = await ProposeAsync("kz.admin");
        var kaizhou = await factory.ClientForAsync("kz.admin");

        var report = await kaizhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.Body("on_track", null));
        Assert.Equal("report.task_not_active", (await Json.ProblemAsync(report, 422)).GetProperty("rule").GetString());
        var office = await factory.ClientForAsync("joint.office");
        var milestone = (await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("milestones")[0].GetProperty("id").GetGuid();
        var signOff = await kaizhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", new { evidence = "规划批复" });
        Assert.Equal("task.not_active", (await Json.ProblemAsync(signOff, 422)).GetProperty("rule").GetString());

        var accepted = await Post(office, $"/api/v1/tasks/{key}/accept", new { }, await ETagAsync(office, key));
        Assert.Equal("active", (await Json.ReadAsync(accepted)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await kaizhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.Body("on_track", null))).StatusCode);
        var again = await Post(office, $"/api/v1/tasks/{key}/accept", new { }, await ETagAsync(office, key));
        Assert.Equal("task.not_draft", (await Json.ProblemAsync(again, 422)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Reject_Should_KeepTheProposalReadable_WithItsReason_And_ReadOnly()
    {
        var key = await ProposeAsync("kz.admin");
        var office = await factory.ClientForAsync("joint.office");

        var rejected = await Json.ReadAsync(await Post(office, $"/api/v1/tasks/{key}/reject", new { reason = "与已有任务重复" }, await ETagAsync(office, key)));
        var edit = await office.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}")
        {
            Content = JsonContent.Create(new { title_en = "x" }),
            Headers = { { "If-Match", await ETagAsync(office, key) } },
        });

        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("与已有任务重复", rejected.GetProperty("status_reason").GetString());
        Assert.Equal("task.read_only", (await Json.ProblemAsync(edit, 422)).GetProperty("rule").GetString());
        var noReason = await Post(office, $"/api/v1/tasks/{await ProposeAsync("kz.admin")}/reject", new { }, "\"1\"");
        await Json.ProblemAsync(noReason, 400);
    }

    [Fact]
    public async Task Proposing_Should_BeForTheCallersOwnCity_And_OnlyTheJointOfficeDecides()
    {
        var coordinator = await factory.ClientForAsync("wz.admin");
        var foreign = await coordinator.PostSnakeAsync("/api/v1/tasks", Body("KZ"));
        Assert.Equal("proposal.not_party", (await Json.ProblemAsync(foreign, 422)).GetProperty("rule").GetString());

        var officer = await factory.ClientForAsync("wz.transport");
        await Json.ProblemAsync(await officer.PostSnakeAsync("/api/v1/tasks", Body("WZ")), 403);

        var key = await ProposeAsync("kz.admin");
        var proposer = await factory.ClientForAsync("kz.admin");
        await Json.ProblemAsync(await Post(proposer, $"/api/v1/tasks/{key}/accept", new { }, await ETagAsync(proposer, key)), 403);
    }

    private async Task<string> ProposeAsync(string account)
    {
        var client = await factory.ClientForAsync(account);
        var body = Body("KZ");
        var response = await client.PostSnakeAsync("/api/v1/tasks", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body.key;
    }

    private static TaskBody Body(string proposer) => new(
        $"WDK-2024-P{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "industry", "开达产业协作园", "Kaizhou–Dazhou industrial park",
        [], new("2024—2026年", 2024, 2026), "共建产业协作园。", null, null,
        [new(proposer, "lead", null, [$"{proposer}-ECONOMY"]), new("DZ", "responsible", null, ["DZ-ECONOMY"])],
        [], [new("园区规划获批", null, new DateOnly(2026, 12, 31), "year", [])]);

    private static async Task<string> ETagAsync(HttpClient client, string key) =>
        (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.ToString();

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, object body, string etag) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body), Headers = { { "If-Match", etag } } });

    private static async Task<List<string?>> KeysAsync(HttpClient client, string filter) =>
        (await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?limit=200&q=WDK-2024-P{filter}")))
            .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()).ToList();
}
