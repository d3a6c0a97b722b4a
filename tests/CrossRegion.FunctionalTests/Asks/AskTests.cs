using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Asks;

/// <summary>
/// 争取 / 报批 on a Wanzhou–Dazhou task: Dazhou drafts an approval asked of both provinces' development commissions, the
/// two cities submitting together; Kaizhou, no party, finds nothing of it anywhere; Wanzhou, a party that does not
/// submit it, reads it but cannot move it; submitted, overdue past its follow-up day, approved with its document.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AskTests(ApiFactory factory)
{
    [Fact]
    public async Task Ask_Should_MoveThroughItsStates_ForItsSubmitters_AndStayInvisibleToNonParties()
    {
        var (key, milestone, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var office = await factory.ClientForAsync("joint.office");

        // Refused as named: an addressee not in the catalogue, a submitter that is no party, a kind that is not one.
        var bad = await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new
        {
            kind = "approval", subject = "争取联合批复", addressees = new[] { "NOBODY" }, submitters = new[] { "DZ", "KZ" },
        }), 400);
        Assert.Contains("addressees", bad.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("submitters", bad.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new { kind = "wish", subject = "x", addressees = new[] { "NDRC" }, submitters = new[] { "DZ" } }), 400);

        // 联合报批: one ask, two submitting cities, two addressees.
        var drafted = await dazhou.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new
        {
            kind = "approval", subject = "争取川渝两省市联合批复三地联通道路工可", addressees = new[] { "SC-DRC", "CQ-DRC" }, submitters = new[] { "WZ", "DZ" },
            milestone_id = milestone,
        });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var ask = await Json.ReadAsync(drafted);
        var id = ask.GetProperty("id").GetString();
        Assert.Equal(("drafted", "\"1\""), (ask.GetProperty("status").GetString(), drafted.Headers.ETag?.Tag));
        Assert.Equal(["重庆市发展改革委", "四川省发展改革委"], ask.GetProperty("addressees").EnumerateArray().Select(a => a.GetProperty("name_zh").GetString()!));
        Assert.Equal(["DZ", "WZ"], ask.GetProperty("submitters").EnumerateArray().Select(s => s.GetString()!));

        // Kaizhou is no party: nothing of the task's asks, under the task, by id or in the collection.
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}/asks"), 404);
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/asks/{id}"), 404);
        await Json.ProblemAsync(await kaizhou.PostSnakeAsync($"/api/v1/asks/{id}/withdraw", new { reason = "越权" }), 404);
        Assert.DoesNotContain((await Json.ReadAsync(await kaizhou.GetAsync("/api/v1/asks?limit=200"))).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);

        // Dazhou submits it (not in the future, not from a stale read); the follow-up day passes: overdue.
        await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{id}/grant", new { on = "2026-11-02" }), 400);
        Assert.Equal("ask.date", (await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{id}/submit", new { on = "2099-01-01" }), 422)).GetProperty("rule").GetString());
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/asks/{id}/submit") { Content = JsonContent.Create(new { on = "2026-11-02" }, options: Json.Snake) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        await Json.ProblemAsync(await dazhou.SendAsync(stale), 412);
        var submitted = await Json.ReadAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{id}/submit", new { on = "2026-11-02", reference = "达市发改〔2026〕12号", follow_up_on = "2026-11-10" }));
        Assert.Equal(("submitted", true, 2), (submitted.GetProperty("status").GetString(), submitted.GetProperty("overdue").GetBoolean(), submitted.GetProperty("revision").GetInt32()));

        // Wanzhou submits with Dazhou and may answer; the collection filters by city, addressee, state and overdue.
        Assert.Contains(await IdsAsync(wanzhou, "/api/v1/asks?city=WZ&addressee=SC-DRC&state=submitted&overdue=true"), i => i == id);
        Assert.DoesNotContain(await IdsAsync(wanzhou, "/api/v1/asks?state=drafted"), i => i == id);
        Assert.DoesNotContain(await IdsAsync(wanzhou, "/api/v1/asks?overdue=false"), i => i == id);
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/asks?state=won"), 400);

        // The documents sent up travel with the ask: by whoever may act on it; Kaizhou still finds nothing.
        var sent = await dazhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf("联合请示"), "联合请示.pdf", ask: id));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal(id, (await Json.ReadAsync(sent)).GetProperty("ask_id").GetString());
        await Json.ProblemAsync(await kaizhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf(), "x.pdf", ask: id)), 404);
        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf(), "x.pdf", milestone, ask: id)), 400);
        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf(), "x.pdf", ask: Guid.NewGuid().ToString())), 404);
        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf(), "x.pdf", ask: "not-an-id")), 400);
        var files = (await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}/attachments"))).EnumerateArray().ToList();
        Assert.Equal(["联合请示.pdf"], files.Where(f => f.GetProperty("ask_id").GetString() == id).Select(f => f.GetProperty("file_name").GetString()!));

        // Won only with the document that granted it; then it has its answer and is not withdrawn.
        Assert.Equal("ask.document", (await Json.ProblemAsync(
            await wanzhou.PostSnakeAsync($"/api/v1/asks/{id}/answer", new { outcome = "approved", on = "2026-11-15", reference = "川发改〔2026〕88号" }), 422)).GetProperty("rule").GetString());
        var approved = await Json.ReadAsync(await wanzhou.PostSnakeAsync($"/api/v1/asks/{id}/answer", new
        {
            outcome = "approved", on = "2026-11-15", reference = "川发改〔2026〕88号", document = "关于三地联通道路工程可行性研究报告的批复",
        }));
        Assert.Equal(("approved", false), (approved.GetProperty("status").GetString(), approved.GetProperty("overdue").GetBoolean()));
        Assert.Equal("ask.state", (await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{id}/withdraw", new { reason = "不再需要" }), 422)).GetProperty("rule").GetString());

        // The joint office drafts for any party; a party that does not submit an ask reads it and cannot move it.
        var funding = await Json.ReadAsync(await office.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new
        {
            kind = "funding", subject = "争取中央预算内投资支持", addressees = new[] { "NDRC" }, submitters = new[] { "DZ" },
        }));
        var fundingId = funding.GetProperty("id").GetString();
        await Json.ProblemAsync(await wanzhou.PostSnakeAsync($"/api/v1/asks/{fundingId}/withdraw", new { reason = "重复" }), 403);
        await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", Attachments.EvidenceFiles.Form(Attachments.EvidenceFiles.Pdf(), "x.pdf", ask: fundingId)), 403);
        Assert.Equal("withdrawn", (await Json.ReadAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{fundingId}/withdraw", new { reason = "并入联合报批" }))).GetProperty("status").GetString());
        Assert.Equal(2, (await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}/asks"))).GetArrayLength());

        // On the change feed to the task's parties only.
        var heard = (await ChangeFeed.EventsAsync(factory.Services, dazhou, "ask.changed")).Where(e => e.GetProperty("data").GetProperty("ask_id").GetString() == id).ToList();
        Assert.Equal(["drafted", "submitted", "approved"], heard.Select(e => e.GetProperty("data").GetProperty("status").GetString()!));
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, kaizhou, "ask.changed"), e => e.GetProperty("data").GetProperty("task_key").GetString() == key);
    }

    [Fact]
    public async Task Approval_Should_CompleteTheMilestoneItWasFor_WithTheAnswerAsEvidence()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhou = await factory.ClientForAsync("wz.admin");

        // Wanzhou's section acceptance hangs on a provincial approval Wanzhou seeks alone.
        var section = await SubmittedAsync(wanzhou, key, "approval", "争取市交通局批复万州段竣工验收", ["WZ"], wanzhouOnly);
        await Json.ProblemAsync(await wanzhou.PostSnakeAsync($"/api/v1/asks/{section}/answer", new
        {
            outcome = "refused", on = "2026-11-12", reason = "材料不全", sign_off_milestone = true,
        }), 400);
        var approved = await wanzhou.PostSnakeAsync($"/api/v1/asks/{section}/answer", new
        {
            outcome = "approved", on = "2026-11-12", reference = "渝交质监〔2026〕7号", document = "关于万州段交工验收的批复", sign_off_milestone = true,
        });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var task = await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}"));
        var done = TestTasks.Milestone(task, wanzhouOnly);
        Assert.Equal("done", done.GetProperty("status").GetString());
        var signed = Assert.Single(done.GetProperty("sign_offs").EnumerateArray());
        Assert.Equal(("WZ", "confirmed", "获批：关于万州段交工验收的批复（渝交质监〔2026〕7号），2026-11-12"),
            (signed.GetProperty("jurisdiction").GetString(), signed.GetProperty("status").GetString(), signed.GetProperty("text").GetString()));

        // The joint milestone asked by Dazhou alone: Dazhou's part is signed by the approval, Wanzhou still signs its own.
        var link = await SubmittedAsync(dazhou, key, "inclusion", "争取纳入省级重点项目", ["DZ"], joint);
        await dazhou.PostSnakeAsync($"/api/v1/asks/{link}/answer", new { outcome = "included", on = "2026-11-12", document = "川发改〔2026〕3号附件", sign_off_milestone = true });
        var open = TestTasks.Milestone(await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/tasks/{key}")), joint);
        Assert.Equal("open", open.GetProperty("status").GetString());
        Assert.Equal(["DZ"], open.GetProperty("sign_offs").EnumerateArray().Select(x => x.GetProperty("jurisdiction").GetString()!));

        // An ask made for no milestone completes none: refused as a rule, and the answer is not recorded either.
        var loose = await SubmittedAsync(dazhou, key, "funding", "争取专项债额度", ["DZ"], null);
        Assert.Equal("ask.milestone", (await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/asks/{loose}/answer", new
        {
            outcome = "approved", on = "2026-11-12", document = "额度下达通知", sign_off_milestone = true,
        }), 422)).GetProperty("rule").GetString());
        Assert.Equal("submitted", (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/asks/{loose}"))).GetProperty("status").GetString());
    }

    private static async Task<string> SubmittedAsync(HttpClient client, string key, string kind, string subject, string[] submitters, Guid? milestone)
    {
        var created = await client.PostSnakeAsync($"/api/v1/tasks/{key}/asks", new { kind, subject, addressees = new[] { "CQ-DRC" }, submitters, milestone_id = milestone });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.PostSnakeAsync($"/api/v1/asks/{id}/submit", new { on = "2026-11-02" })).StatusCode);
        return id;
    }

    [Fact]
    public async Task ShippedList_Should_CarryTheAsksItsTasksName_SeenByTheirPartiesOnly()
    {
        var office = await factory.ClientForAsync("joint.office");
        var yunyang = await factory.ClientForAsync("yy.admin");
        var seeded = await SeededAsync(office);
        Assert.Equal(9, seeded.Count);
        Assert.Equal(["WDK-2023-03", "WDK-2023-06", "WDK-2023-07", "WDK-2023-11", "WDK-2023-16", "WDK-2023-19"], seeded.Select(a => a.GetProperty("task_key").GetString()!).Distinct().Order(StringComparer.Ordinal));
        var park = Assert.Single(seeded, a => a.GetProperty("kind").GetString() == "pilot");
        Assert.Equal(["CQ-DRC", "SC-DRC"], park.GetProperty("addressees").EnumerateArray().Select(a => a.GetProperty("code").GetString()!));
        Assert.All(seeded, a => Assert.Equal("drafted", a.GetProperty("status").GetString()));
        Assert.Equal(3, (await Json.ReadAsync(await office.GetAsync("/api/v1/tasks/WDK-2023-11/asks"))).GetArrayLength());

        // Yunyang is a party to tasks 7 and 19 only.
        Assert.Equal(["WDK-2023-07", "WDK-2023-19"], (await SeededAsync(yunyang)).Select(a => a.GetProperty("task_key").GetString()!).Distinct().Order(StringComparer.Ordinal));
        await Json.ProblemAsync(await yunyang.GetAsync("/api/v1/tasks/WDK-2023-11/asks"), 404);
    }

    private static async Task<List<JsonElement>> SeededAsync(HttpClient client) =>
        (await Json.ReadAsync(await client.GetAsync("/api/v1/asks?limit=200"))).GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("task_key").GetString()!.StartsWith("WDK-2023-", StringComparison.Ordinal) && a.GetProperty("created_by").GetString() == "seed").ToList();

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        (await Json.ReadAsync(await client.GetAsync(path))).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
}
