using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Issues;

/// <summary>
/// 问题协调 (ADR 0025) on a Wanzhou–Dazhou task: Dazhou's transport bureau raises what blocks it with Wanzhou's; a
/// Kaizhou unit cannot be addressed (Kaizhou is reached through the joint office) and Kaizhou finds nothing anywhere;
/// the addressee answers, the raiser closes (销号) or reopens, the joint office answers what is addressed to it; the
/// states hold, If-Match holds, the feed tells the task's parties only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IssueTests(ApiFactory factory)
{
    [Fact]
    public async Task Issue_Should_BeAnsweredByItsAddressee_AndClosedByItsRaiser_UnseenByNonParties()
    {
        var (key, milestone, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var office = await factory.ClientForAsync("joint.office");
        object Body(string kind, string? addressee, string replyBy = "2027-01-15") => new
        {
            subject = "万州段征地拆迁未完成，影响全线贯通", help_needed = "请万州区交通局协调征地进度，明确交地时间", addressee_kind = kind, addressee,
            reply_by = replyBy, milestone_id = milestone,
        };

        // Refused as named: a unit of no party (Kaizhou is reached through the joint office), an organisation the task
        // does not name, a kind that is not one, a reply-by day gone by; Kaizhou cannot raise on a task it does not see.
        var notParty = await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("unit", "KZ-TRANSPORT")), 400);
        Assert.Contains("joint_office", notParty.GetProperty("errors").GetProperty("addressee")[0].GetString(), StringComparison.Ordinal);
        await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("organisation", "NDRC")), 400);
        await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("mayor", "WZ")), 400);
        Assert.Equal("issue.reply_by", (await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("unit", "WZ-TRANSPORT", "2026-01-05")), 422))
            .GetProperty("rule").GetString());
        await Json.ProblemAsync(await kaizhou.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("unit", "WZ-TRANSPORT")), 404);
        await Json.ProblemAsync(await office.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("unit", "WZ-TRANSPORT")), 403);

        var raised = await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("unit", "WZ-TRANSPORT"));
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.Equal("\"1\"", raised.Headers.ETag?.Tag);
        var issue = await Json.ReadAsync(raised);
        var id = issue.GetProperty("id").GetString()!;
        Assert.Equal(("DZ", "open", false), (issue.GetProperty("raised_by").GetString(), issue.GetProperty("status").GetString(), issue.GetProperty("overdue").GetBoolean()));
        var addressee = issue.GetProperty("addressee");
        Assert.Equal(("unit", "WZ-TRANSPORT", "WZ"), (addressee.GetProperty("kind").GetString(), addressee.GetProperty("code").GetString(), addressee.GetProperty("jurisdiction").GetString()));

        // Kaizhou is no party: nothing under the task, by id, in the collection, nor straight on the set.
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}/issues"), 404);
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/issues/{id}"), 404);
        await Json.ProblemAsync(await kaizhou.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "越权" }), 404);
        Assert.DoesNotContain(await IdsAsync(kaizhou, "/api/v1/issues?limit=200"), i => i == id);
        Assert.Equal(0, await OnTheSetAsync(Guid.Parse(id), "KZ"));
        Assert.Equal(1, await OnTheSetAsync(Guid.Parse(id), "WZ"));

        // Dazhou's monthly report says it is blocked, and by which issue; only a blocked report names one, and only an
        // unsettled issue of the task.
        object Report(string status, string? issueId) => new
        {
            period = "2026-11", narrative = "路基工程因征地受阻。", status, status_reason = "征地未完成", issue_id = issueId,
        };
        Assert.Equal("report.issue", (await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/reports", Report("at_risk", id)), 422))
            .GetProperty("rule").GetString());
        Assert.Equal("report.issue", (await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/reports", Report("blocked", Guid.NewGuid().ToString())), 422))
            .GetProperty("rule").GetString());
        var reported = await dazhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/reports", Report("blocked", id));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Equal(id, (await Json.ReadAsync(await dazhou.GetAsync(reported.Headers.Location))).GetProperty("issue_id").GetString());

        // The addressee answers — not the raiser, not from a stale read.
        await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "已协调" }), 403);
        await Json.ProblemAsync(await Send(wanzhouUnit, $"/api/v1/issues/{id}/answer", new { answer = "已协调" }, "\"9\""), 412);
        await Json.ProblemAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { }), 400);
        var answered = await Json.ReadAsync(await Send(wanzhouUnit, $"/api/v1/issues/{id}/answer", new { answer = "已约谈街道，12月20日前交地" }, "\"1\""));
        Assert.Equal(("answered", 2), (answered.GetProperty("status").GetString(), answered.GetProperty("revision").GetInt32()));

        // Only the raiser closes it (销号), reopens it when the land did not come, withdraws what is still open.
        await Json.ProblemAsync(await wanzhou.PostSnakeAsync($"/api/v1/issues/{id}/close", new { }), 403);
        Assert.Equal("closed", (await Json.ReadAsync(await dazhou.PostSnakeAsync($"/api/v1/issues/{id}/close", new { }))).GetProperty("status").GetString());
        await Json.ProblemAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/issues/{id}/reopen", new { reason = "仍未交地" }), 400);
        var reopened = await Json.ReadAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/issues/{id}/reopen", new { reason = "12月20日仍未交地", reply_by = "2027-01-30" }));
        Assert.Equal(("open", 1, "2027-01-30"), (reopened.GetProperty("status").GetString(), reopened.GetProperty("reopened").GetInt32(), reopened.GetProperty("reply_by").GetString()));
        Assert.Equal("answered", (await Json.ReadAsync(await office.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "提请联席会议研究" }))).GetProperty("status").GetString());
        Assert.Equal("issue.state", (await Json.ProblemAsync(await dazhou.PostSnakeAsync($"/api/v1/issues/{id}/withdraw", new { reason = "不再需要" }), 422)).GetProperty("rule").GetString());

        // Addressed to the joint office: its coordinators answer, not a party's unit.
        var toOffice = (await Json.ReadAsync(await wanzhou.PostSnakeAsync($"/api/v1/tasks/{key}/issues", new
        {
            subject = "跨省用地指标不足", help_needed = "请联合办公室向两省争取用地指标", addressee_kind = "joint_office", reply_by = "2027-02-10",
        }))).GetProperty("id").GetString()!;
        await Json.ProblemAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/issues/{toOffice}/answer", new { answer = "收到" }), 403);

        // Unanswered, it is on the agenda of the next joint meeting the office calls.
        var meeting = await Json.ReadAsync(await office.PostSnakeAsync("/api/v1/meetings", new
        {
            programme = "WDK", kind = "plenary", title = "万达开党政联席会议", date = "2027-01-20", place = "开州",
        }));
        Assert.Contains(meeting.GetProperty("agenda").EnumerateArray(), a => a.GetProperty("source").GetString() == "issue"
            && a.GetProperty("task_key").GetString() == key && a.GetProperty("title").GetString()!.Contains("跨省用地指标不足", StringComparison.Ordinal));
        Assert.Equal("answered", (await Json.ReadAsync(await office.PostSnakeAsync($"/api/v1/issues/{toOffice}/answer", new { answer = "已纳入争取事项" }))).GetProperty("status").GetString());
        var duplicate = (await Json.ReadAsync(await wanzhou.PostSnakeAsync($"/api/v1/tasks/{key}/issues", new
        {
            subject = "跨省用地指标不足（重复）", help_needed = "同上", addressee_kind = "unit", addressee = "DZ-TRANSPORT", reply_by = "2027-02-10",
        }))).GetProperty("id").GetString()!;
        Assert.Equal("withdrawn", (await Json.ReadAsync(await wanzhou.PostSnakeAsync($"/api/v1/issues/{duplicate}/withdraw", new { reason = "与前一问题重复" })))
            .GetProperty("status").GetString());

        // The collection: by raiser, state, addressee; the task's three in order under the task.
        Assert.Contains(await IdsAsync(wanzhou, "/api/v1/issues?city=DZ&state=answered&addressee=WZ-TRANSPORT"), i => i == id);
        Assert.Contains(await IdsAsync(wanzhou, "/api/v1/issues?addressee=joint_office"), i => i == toOffice);
        Assert.DoesNotContain(await IdsAsync(wanzhou, "/api/v1/issues?addressee=joint_office"), i => i == id);
        Assert.DoesNotContain(await IdsAsync(wanzhou, "/api/v1/issues?overdue=true"), i => i == id);
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/issues?state=solved"), 400);
        Assert.Equal(3, (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/tasks/{key}/issues"))).GetArrayLength());

        // Cursor-paged newest first, one a page: every issue Wanzhou raised once, this task's two the newer first.
        var paged = new List<string>();
        for (string? cursor = null; ;)
        {
            var page = await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/issues?city=WZ&limit=1{(cursor is null ? "" : "&cursor=" + cursor)}"));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            if (page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null)
            {
                break;
            }

            cursor = page.GetProperty("next_cursor").GetString();
        }

        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal([duplicate, toOffice], paged.Where(i => i == duplicate || i == toOffice));

        // On the change feed to the task's parties only.
        var heard = (await ChangeFeed.EventsAsync(factory.Services, dazhou, "issue.changed")).Where(e => e.GetProperty("data").GetProperty("issue_id").GetString() == id).ToList();
        Assert.Equal(["open", "answered", "closed", "open", "answered"], heard.Select(e => e.GetProperty("data").GetProperty("status").GetString()!));
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, kaizhou, "issue.changed"), e => e.GetProperty("data").GetProperty("task_key").GetString() == key);
    }

    [Fact]
    public async Task Issue_ToATaskForce_Should_BeAnsweredByItsLeadUnit_WhenThatUnitsCityIsAParty()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var wanzhouUnit = await factory.ClientForAsync("wz.transport");
        async Task<string> FormAsync(string lead, string member)
        {
            var code = $"WDK-TF-I{Random.Shared.Next(100000, 999999)}";
            Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/task-forces", new
            {
                code, programme = "WDK", field = "infrastructure", name_zh = "交通专班", name_en = "Transport task force", lead_unit = lead, members = new[] { member },
                convener_name = "李强", convener_post = "交通局局长",
            })).StatusCode);
            return code;
        }

        object Body(string force) => new { subject = "跨区县路网衔接", help_needed = "请专班统筹接线方案", addressee_kind = "task_force", addressee = force, reply_by = "2027-01-20" };

        // Led by Kaizhou's unit, Kaizhou no party: not addressable (it would never see the task).
        await Json.ProblemAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body(await FormAsync("KZ-TRANSPORT", "WZ-TRANSPORT"))), 400);
        await Json.ProblemAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body("WDK-TF-NONE")), 400);

        var force = await FormAsync("DZ-TRANSPORT", "WZ-TRANSPORT");
        var issue = await Json.ReadAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/tasks/{key}/issues", Body(force)));
        var id = issue.GetProperty("id").GetString();
        Assert.Equal(("task_force", "DZ", "交通专班"), (issue.GetProperty("addressee").GetProperty("kind").GetString(),
            issue.GetProperty("addressee").GetProperty("jurisdiction").GetString(), issue.GetProperty("addressee").GetProperty("name_zh").GetString()));
        await Json.ProblemAsync(await wanzhouUnit.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "自行答复" }), 403);
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        Assert.Equal("answered", (await Json.ReadAsync(await dazhouUnit.PostSnakeAsync($"/api/v1/issues/{id}/answer", new { answer = "专班已会商，确定接线方案" })))
            .GetProperty("status").GetString());
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        (await Json.ReadAsync(await client.GetAsync(path))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json.Snake) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    // Straight to the set, as a handler that forgot the tasks' filter would: only the filter stands in the way.
    private async Task<int> OnTheSetAsync(Guid id, string city)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new CityOfficer(city);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Issues.CountAsync(i => i.Id == id);
    }
}
