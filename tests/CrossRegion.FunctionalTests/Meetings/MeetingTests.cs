using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.FunctionalTests.Tasks;
using CrossRegion.Domain.Meetings;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Meetings;

/// <summary>
/// 万达开党政联席会议: the next host proposed from the configured order, the agenda from the cities' pending proposals and
/// what they put forward, attendees per city, minutes to those who attended, and decisions that become a task with the
/// right parties (or a milestone on one), seen by their parties only and chased like any other.
/// </summary>
public sealed class MeetingTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task JointMeeting_Should_ProposeItsHost_CarryTheAgenda_AndTurnDecisionsIntoChasedTasks()
    {
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        var office = await factory.ClientForAsync("joint.office");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var yunyang = await factory.ClientForAsync("yy.admin");
        var existing = await TestTasks.CreateThreeCityTaskAsync(factory);

        // The hosting order is data: the members' order until the joint office sets one.
        var order = await Json.ReadAsync(await office.GetAsync("/api/v1/programmes/WDK/host-order"));
        Assert.Equal((false, "DZ"), (order.GetProperty("configured").GetBoolean(), order.GetProperty("next_host").GetString()));
        var set = await Json.ReadAsync(await office.PutAsJsonAsync("/api/v1/programmes/WDK/host-order", new { order = new[] { "KZ", "WZ", "DZ" } }, Json.Snake));
        Assert.Equal("KZ", set.GetProperty("next_host").GetString());
        Assert.Equal("meeting.host_order", (await Json.ProblemAsync(await office.PutAsJsonAsync("/api/v1/programmes/WDK/host-order", new { order = new[] { "KZ", "YY", "DZ" } }, Json.Snake), 422)).GetProperty("rule").GetString());
        await Json.ProblemAsync(await dazhou.PutAsJsonAsync("/api/v1/programmes/WDK/host-order", new { order = new[] { "DZ", "WZ", "KZ" } }, Json.Snake), 403);

        // Dazhou proposes a task; the meeting's agenda starts with it.
        var proposalKey = $"WDK-2026-P{Random.Shared.Next(100000, 999999)}";
        var proposal = new TaskBody(proposalKey, "joint_key_task", "WDK", "infrastructure", "达万物流通道", "Dazhou–Wanzhou logistics corridor", [], new("2026年", 2026, 2026),
            "物流通道建设。", null, null, [new PartyBody("DZ", "responsible", null, ["DZ-TRANSPORT"]), new PartyBody("WZ", "responsible", null, ["WZ-TRANSPORT"])], [],
            [new MilestoneBody("方案编制", null, new DateOnly(2026, 12, 31), "month", ["DZ"])]);
        Assert.Equal("draft", (await Json.ReadAsync(await dazhou.PostSnakeAsync("/api/v1/tasks", proposal))).GetProperty("status").GetString());

        var called = await office.PostAsJsonAsync("/api/v1/meetings", new { programme = "WDK", title = "万达开党政联席会议第三次会议", date = "2026-11-25", place = "开州区汉丰湖会议中心" }, Json.Snake);
        Assert.Equal(HttpStatusCode.Created, called.StatusCode);
        var meeting = await Json.ReadAsync(called);
        var id = meeting.GetProperty("id").GetString();
        Assert.Equal(("KZ", "plenary", "planned"), (meeting.GetProperty("host").GetString(), meeting.GetProperty("kind").GetString(), meeting.GetProperty("status").GetString()));
        var fromProposal = Assert.Single(meeting.GetProperty("agenda").EnumerateArray(), a => a.GetProperty("task_key").GetString() == proposalKey);
        Assert.Equal("proposal", fromProposal.GetProperty("source").GetString());
        Assert.Equal("WZ", (await Json.ReadAsync(await office.GetAsync("/api/v1/programmes/WDK/host-order"))).GetProperty("next_host").GetString());

        // Yunyang is no member of 万达开: the meeting is not there for it.
        await Json.ProblemAsync(await yunyang.GetAsync($"/api/v1/meetings/{id}"), 404);
        Assert.DoesNotContain((await Json.ReadAsync(await yunyang.GetAsync("/api/v1/meetings"))).GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetString() == id);

        // Dazhou puts an item forward and names its attendee, not another city's.
        var agenda = await Json.ReadAsync(await dazhou.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { title = "达万直线建设用地保障" }, Json.Snake));
        Assert.Contains(agenda.GetProperty("agenda").EnumerateArray(), a => a.GetProperty("jurisdiction").GetString() == "DZ" && a.GetProperty("source").GetString() == "submitted");

        // The agenda is editable until the meeting: the joint office moves Dazhou's item first; Kaizhou cannot withdraw
        // it, Dazhou can (not from a stale read); the items after it move up.
        var proposed = Position(agenda, "达万直线建设用地保障");
        var moved = await Json.ReadAsync(await office.PutSnakeAsync($"/api/v1/meetings/{id}/agenda/{proposed}", new { position = 1 }));
        Assert.Equal(1, Position(moved, "达万直线建设用地保障"));
        Assert.Equal("meeting.agenda_position", (await Json.ProblemAsync(await office.PutSnakeAsync($"/api/v1/meetings/{id}/agenda/1", new { position = 99 }), 422)).GetProperty("rule").GetString());
        await Json.ProblemAsync(await kaizhou.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/meetings/{id}/agenda/1")), 403);
        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/meetings/{id}/agenda/1");
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{moved.GetProperty("revision").GetInt32() - 1}\"");
        await Json.ProblemAsync(await dazhou.SendAsync(stale), 412);
        var current = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/meetings/{id}/agenda/1");
        current.Headers.TryAddWithoutValidation("If-Match", $"\"{moved.GetProperty("revision").GetInt32()}\"");
        var withdrawn = await Json.ReadAsync(await dazhou.SendAsync(current));
        Assert.Equal(0, Position(withdrawn, "达万直线建设用地保障"));
        Assert.Equal(Enumerable.Range(1, withdrawn.GetProperty("agenda").GetArrayLength()), withdrawn.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("position").GetInt32()));
        agenda = await Json.ReadAsync(await dazhou.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { title = "达万直线建设用地保障" }, Json.Snake));

        await dazhou.PostAsJsonAsync($"/api/v1/meetings/{id}/attendees", new { name = "张明", post = "副市长" }, Json.Snake);
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync($"/api/v1/meetings/{id}/attendees", new { jurisdiction = "WZ", name = "李华" }, Json.Snake), 403);
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync($"/api/v1/meetings/{id}/attendees", new { post = "局长" }, Json.Snake), 400);

        // Minutes once it has taken place; decisions once the minutes are in.
        Assert.Equal("meeting.not_yet", (await Json.ProblemAsync(await office.PutAsJsonAsync($"/api/v1/meetings/{id}/minutes", new { minutes = "会议纪要" }, Json.Snake), 422)).GetProperty("rule").GetString());
        var decision = new
        {
            text = "加快达万物流通道用地报批",
            due_date = "2026-12-15",
            owners = new[] { "DZ" },
            key = $"WDK-2026-M{Random.Shared.Next(100000, 999999)}",
            category = "infrastructure",
            title_zh = "达万物流通道用地报批",
            title_en = "Land approval for the Dazhou–Wanzhou logistics corridor",
            parties = new[] { new { jurisdiction = "DZ", role = "responsible", departments = new[] { "DZ-TRANSPORT" } }, new { jurisdiction = "WZ", role = "responsible", departments = new[] { "WZ-TRANSPORT" } } },
        };
        Assert.Equal("meeting.not_held", (await Json.ProblemAsync(await office.PostAsJsonAsync($"/api/v1/meetings/{id}/decisions", decision, Json.Snake), 422)).GetProperty("rule").GetString());
        factory.Clock.MorningOf(new DateOnly(2026, 11, 25));
        var held = await Json.ReadAsync(await office.PutAsJsonAsync($"/api/v1/meetings/{id}/minutes", new { minutes = "会议研究了达万物流通道等事项，议定如下……" }, Json.Snake));
        Assert.Equal("held", held.GetProperty("status").GetString());

        // A decision becomes a task of the programme with the decided parties and a milestone due on the decided date ...
        var decidedResponse = await office.PostAsJsonAsync($"/api/v1/meetings/{id}/decisions", decision, Json.Snake);
        Assert.True(decidedResponse.IsSuccessStatusCode, await decidedResponse.Content.ReadAsStringAsync());
        var decided = await Json.ReadAsync(decidedResponse);
        var first = Assert.Single(decided.GetProperty("decisions").EnumerateArray());
        Assert.Equal((decision.key, "active", "2026-12-15"), (first.GetProperty("task_key").GetString(), first.GetProperty("task_status").GetString(), first.GetProperty("due_date").GetString()));
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{decision.key}"));
        Assert.Equal(["DZ", "WZ"], task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains("第三次会议", task.GetProperty("remarks").GetString(), StringComparison.Ordinal);

        // ... or a milestone on an existing task of the programme.
        var second = await Json.ReadAsync(await office.PostAsJsonAsync(
            $"/api/v1/meetings/{id}/decisions", new { text = "三地联通道路年底前贯通", due_date = "2026-12-31", owners = new[] { "WZ", "KZ" }, task_key = existing.Key }, Json.Snake));
        Assert.Equal(2, second.GetProperty("decisions").GetArrayLength());
        var milestoneId = second.GetProperty("decisions")[1].GetProperty("milestone_id").GetGuid();
        Assert.Contains((await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{existing.Key}"))).GetProperty("milestones").EnumerateArray(), m => m.GetProperty("id").GetGuid() == milestoneId);

        // Minutes to the cities that attended; decisions to their tasks' parties.
        var seenByDazhou = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/meetings/{id}"));
        Assert.False(string.IsNullOrEmpty(seenByDazhou.GetProperty("minutes").GetString()));
        var seenByKaizhou = await Json.ReadAsync(await kaizhou.GetAsync($"/api/v1/meetings/{id}"));
        Assert.Equal(JsonValueKind.Null, seenByKaizhou.GetProperty("minutes").ValueKind);
        Assert.Equal([existing.Key], seenByKaizhou.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("task_key").GetString()!));

        // The filter is on the model: straight to the sets, Yunyang's officer finds nothing of the meeting, Dazhou's all.
        Assert.Equal((0, 0, 0, 0), await MeetingRowsAsync(Guid.Parse(id!), "YY"));
        var seen = await MeetingRowsAsync(Guid.Parse(id!), "DZ");
        Assert.Equal((1, 2), (seen.Meetings, seen.Decisions));
        Assert.True(seen.Agenda > 0 && seen.Attendees > 0);

        // Announced on the change feed to those who see the decision's task: Kaizhou hears of the one on its task only.
        var heard = (await ChangeFeed.EventsAsync(factory.Services, kaizhou, "meeting.decided")).Where(e => e.GetProperty("data").GetProperty("meeting_id").GetString() == id).ToList();
        Assert.Equal([existing.Key], heard.Select(e => e.GetProperty("data").GetProperty("task_key").GetString()!));
        Assert.Equal(2, (await ChangeFeed.EventsAsync(factory.Services, office, "meeting.decided")).Count(e => e.GetProperty("data").GetProperty("meeting_id").GetString() == id));

        // Chased like any other: past its date, Dazhou is sent a 催办 for the decided milestone.
        await factory.ChaseAsync(new DateOnly(2026, 12, 28));
        var notices = await factory.WithDbAsync(db => db.Notices.Where(n => db.Tasks.Any(t => t.Id == n.TaskId && t.Key == decision.key)).Select(n => n.JurisdictionCode).ToListAsync());
        Assert.Contains("DZ", notices);
    }

    // An agenda item's place by its title (0 when it is not there).
    private static int Position(JsonElement meeting, string title) =>
        meeting.GetProperty("agenda").EnumerateArray().Where(a => a.GetProperty("title").GetString() == title).Select(a => a.GetProperty("position").GetInt32()).FirstOrDefault();

    private async Task<(int Meetings, int Agenda, int Attendees, int Decisions)> MeetingRowsAsync(Guid id, string city)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new CityOfficer(city);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (
            await db.Meetings.CountAsync(m => m.Id == id),
            await db.Set<MeetingAgendaItem>().CountAsync(a => a.MeetingId == id),
            await db.Set<MeetingAttendee>().CountAsync(a => a.MeetingId == id),
            await db.Set<MeetingDecision>().CountAsync(d => d.MeetingId == id));
    }
}
