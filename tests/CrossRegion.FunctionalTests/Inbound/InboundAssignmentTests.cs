using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Integration;

namespace CrossRegion.FunctionalTests.Inbound;

/// <summary>
/// Work handed down from above (ADR 0028): a provincial system's item lands as a draft task with the requested parties,
/// is the same assignment when resent, is decided by the joint office's accept / reject, and its sender follows it by
/// its own id, on its webhook and in its change feed; nobody else reads it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InboundAssignmentTests(ApiFactory factory)
{
    [Fact]
    public async Task Assignment_Should_LandAsADraft_BeIdempotent_And_FollowTheJointOfficesDecision()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["assignments.write", "webhooks.manage", "ledger.read"]);
        var province = await factory.MachineClientAsync(clientId, secret);
        var hook = await province.PostAsJsonAsync("/api/v1/webhooks", new
        {
            name = "四川省发展改革委 下达系统", url = new Uri(receiver.Address, "/hook"), jurisdiction = "DZ",
            event_types = new[] { "assignment.received", "assignment.accepted", "assignment.rejected" },
        });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.admin");

        var first = Body("SC-" + Guid.NewGuid().ToString("N")[..8], "万达开川渝统筹发展示范区综合交通规划编制");
        var created = await province.PostAsJsonAsync("/api/v1/inbound/assignments", first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/inbound/assignments/{first.external_id}", created.Headers.Location!.OriginalString);
        var assignment = await Json.ReadAsync(created);
        Assert.Equal("received", assignment.GetProperty("state").GetString());
        var key = assignment.GetProperty("task_key").GetString()!;
        Assert.Matches("^WDK-2026-[0-9]{2,}$", key);

        // Resent unchanged: the same assignment (200); another body under the same id: refused.
        var again = await province.PostAsJsonAsync("/api/v1/inbound/assignments", first);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(key, (await Json.ReadAsync(again)).GetProperty("task_key").GetString());
        var changed = await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", first with { due_date = "2027-09-30" }), 409);
        Assert.Equal("assignment.duplicate", changed.GetProperty("rule").GetString());

        // The joint office sees a draft with the requested parties, one milestone on the due date and who assigned it;
        // a city that is not a party does not see it at all.
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("draft", task.GetProperty("status").GetString());
        Assert.Equal(["DZ", "WZ"], task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order().ToArray());
        Assert.Equal("2027-06-30", Assert.Single(task.GetProperty("milestones").EnumerateArray()).GetProperty("due_date").GetString());
        Assert.Contains("四川省发展和改革委员会", task.GetProperty("remarks").GetString(), StringComparison.Ordinal);
        Assert.Equal("川发改〔2026〕118号", task.GetProperty("source").GetProperty("document").GetString());
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}"), 404);
        var waiting = (await Json.ReadAsync(await office.GetAsync("/api/v1/workbench"))).GetProperty("office").GetProperty("decision_counts").EnumerateArray();
        Assert.True(waiting.Single(c => c.GetProperty("code").GetString() == "assignment").GetProperty("count").GetInt32() >= 1);

        // Accepted: on the ledger, and the sender reads it so.
        Assert.Equal(HttpStatusCode.OK, (await Decide(office, key, "accept", null)).StatusCode);
        var accepted = await Json.ReadAsync(await province.GetAsync($"/api/v1/inbound/assignments/{first.external_id}"));
        Assert.Equal("accepted", accepted.GetProperty("state").GetString());
        Assert.Equal(2, accepted.GetProperty("revision").GetInt32());
        Assert.Equal("active", (await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("status").GetString());

        // A second item, rejected with a reason the sender reads.
        var second = Body("SC-" + Guid.NewGuid().ToString("N")[..8], "达州至开州城际公交化运营");
        var secondKey = (await Json.ReadAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", second))).GetProperty("task_key").GetString()!;
        Assert.NotEqual(key, secondKey);
        Assert.Equal(HttpStatusCode.OK, (await Decide(office, secondKey, "reject", "已列入2026年万达开联合重点任务第7项，不再单列")).StatusCode);
        var rejected = await Json.ReadAsync(await province.GetAsync($"/api/v1/inbound/assignments/{second.external_id}"));
        Assert.Equal("rejected", rejected.GetProperty("state").GetString());
        Assert.Equal("已列入2026年万达开联合重点任务第7项，不再单列", rejected.GetProperty("reason").GetString());

        // Its own webhook hears the four events, in order; its feed has them; Kaizhou's feed has none of them.
        string[] expected = ["assignment.received", "assignment.accepted", "assignment.received", "assignment.rejected"];
        await WebhookTests.PumpUntilAsync(factory, () => Task.FromResult(Heard(receiver, first.external_id, second.external_id).Count == 4), receiver);
        var heard = Heard(receiver, first.external_id, second.external_id);
        Assert.Equal(expected, heard.Select(h => h.GetProperty("type").GetString()).ToArray());
        Assert.Equal(clientId, heard[0].GetProperty("data").GetProperty("client_id").GetString());
        Assert.Equal("已列入2026年万达开联合重点任务第7项，不再单列", heard[3].GetProperty("data").GetProperty("reason").GetString());
        Assert.Single(await ChangeFeed.EventsAsync(factory.Services, province, "assignment.accepted"), e => Mine(e, first.external_id));
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, kaizhou, "assignment.received"), e => Mine(e, first.external_id) || Mine(e, second.external_id));
    }

    [Fact]
    public async Task Assignment_Should_BeReadByItsSenderAlone_And_RefuseBadInput()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["assignments.write"]);
        var province = await factory.MachineClientAsync(clientId, secret);
        var (otherId, otherSecret) = await factory.CreateClientAsync(["DZ", "WZ"], ["assignments.write"]);
        var other = await factory.MachineClientAsync(otherId, otherSecret);
        var (readerId, readerSecret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var reader = await factory.MachineClientAsync(readerId, readerSecret);
        var body = Body("CQ/2026:17", "开州至云阳快速通道前期工作");
        Assert.Equal(HttpStatusCode.Created, (await province.PostAsJsonAsync("/api/v1/inbound/assignments", body)).StatusCode);

        // Another client's id space is its own: the same external id is 404 to it, and a new item when it sends one.
        await Json.ProblemAsync(await other.GetAsync($"/api/v1/inbound/assignments/{Uri.EscapeDataString(body.external_id)}"), 404);
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/inbound/assignments", body)).StatusCode);
        await Json.ProblemAsync(await reader.PostAsJsonAsync("/api/v1/inbound/assignments", Body("X-1", "无权下达")), 403);
        await Json.ProblemAsync(await (await factory.ClientForAsync("joint.office")).GetAsync($"/api/v1/inbound/assignments/{Uri.EscapeDataString(body.external_id)}"), 403);

        // Bad input is answered by field, and nothing is stored.
        var empty = await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", new { }), 400);
        var errors = empty.GetProperty("errors");
        foreach (var field in new[] { "external_id", "issued_by", "programme", "category", "title_zh", "content", "parties", "due_date" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var unknown = await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", Body("X-2", "类别错误") with { category = "roads" }), 400);
        Assert.Contains("infrastructure", unknown.GetProperty("errors").GetProperty("category")[0].GetString(), StringComparison.Ordinal);
        await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", Body("X-3", "时限已过") with { due_date = "2026-01-31" }), 400);
        await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", Body("含 空格", "编号错误")), 400);
        await Json.ProblemAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", Body("X-4", "地区错误") with
        {
            parties = [new Party("SH", "lead")],
        }), 400);
        foreach (var id in new[] { "X-2", "X-3", "X-4" })
        {
            await Json.ProblemAsync(await province.GetAsync($"/api/v1/inbound/assignments/{id}"), 404);
        }
    }

    internal static AssignmentBody Body(string externalId, string title) => new(
        externalId, "四川省发展和改革委员会", "川发改〔2026〕118号", "WDK", "infrastructure", title,
        "按照省委省政府部署，由万州区、达州市共同推进，2027年6月底前完成。", [new Party("DZ", "lead"), new Party("WZ", "responsible")], "2027-06-30");

    private static Task<HttpResponseMessage> Decide(HttpClient office, string key, string action, string? reason) =>
        office.GetAsync($"/api/v1/tasks/{key}").ContinueWith(async read =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/{action}") { Content = JsonContent.Create(new { reason }) };
            request.Headers.IfMatch.Add((await read).Headers.ETag!);
            return await office.SendAsync(request);
        }).Unwrap();

    private static List<JsonElement> Heard(WebhookReceiver receiver, params string[] externalIds) =>
        receiver.Requests.Where(r => r.Path == "/hook" && r.Answered == 200)
            .Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(e => externalIds.Any(id => Mine(e, id)))
            .ToList();

    private static bool Mine(JsonElement e, string externalId) => e.GetProperty("data").GetProperty("external_id").GetString() == externalId;

    internal sealed record Party(string jurisdiction, string role);

    internal sealed record AssignmentBody(
        string external_id, string issued_by, string source_document, string programme, string category, string title_zh, string content,
        Party[] parties, string due_date);
}
