using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// One milestone (due Friday 2026-12-04, owned by Wanzhou and Dazhou) chased through the calendar: reminders 5 and
/// 1 working days ahead, nothing on the weekend, the first 催办单 on the first working day after, each rung of each
/// city's ladder after its working days, 签收 with a promised date pausing the ladder, a sign-off ending it.
/// </summary>
public sealed class MilestoneChaseTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    private static readonly DateOnly Due = new(2026, 12, 4);

    [Fact]
    public async Task Chase_Should_FollowTheCalendarAndEachLadder_IssuingEveryNoticeOnce()
    {
        // Log in while the clock is real (tokens are validated against the real time).
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, taskId, milestoneId) = await ChaseTasks.CreateAsync(factory, Due);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var dazhou = await factory.ClientForAsync("dz.transport");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var office = await factory.ClientForAsync("joint.office");
        var dazhouHead = await factory.ClientForAsync("dz.transport.head");
        var dazhouLeader = await factory.ClientForAsync("dz.leader");

        // Six working days ahead: nothing yet. Five: a reminder to each owner. Twice the same day: still one each.
        await factory.ChaseAsync(new DateOnly(2026, 11, 26));
        Assert.Empty(await MilestoneNoticesAsync(taskId));
        await factory.ChaseAsync(new DateOnly(2026, 11, 27));
        await factory.ChaseAsync(new DateOnly(2026, 11, 27));
        var notices = await MilestoneNoticesAsync(taskId);
        Assert.Equal(["DZ", "WZ"], notices.Select(n => n.JurisdictionCode).Order());
        Assert.All(notices, n => Assert.Equal((NoticeKind.Reminder, 5, (string?)null), (n.Kind, n.Rung, n.Number)));

        // Saturday is not a working day: the chase does nothing at all.
        Assert.True((await factory.ChaseAsync(new DateOnly(2026, 11, 28))).Skipped);

        // One working day ahead, and on the day itself: the 1-day reminder, once.
        await factory.ChaseAsync(new DateOnly(2026, 12, 3));
        await factory.ChaseAsync(new DateOnly(2026, 12, 4));
        Assert.Equal(4, (await MilestoneNoticesAsync(taskId)).Count(n => n.Kind == NoticeKind.Reminder));

        // Saturday 5th, Sunday 6th: nothing. Monday 7th, four chases at once (as if on four nodes): one notice each.
        await factory.ChaseAsync(new DateOnly(2026, 12, 6));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 7));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.ChaseAsync(new DateOnly(2026, 12, 7))));
        var first = (await MilestoneNoticesAsync(taskId)).Where(n => n.Kind == NoticeKind.Notice).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, n =>
        {
            Assert.Equal((0, LadderLevel.DepartmentOfficer, 3), (n.Rung, n.Level, n.DaysOverdue));
            Assert.Equal(new DateOnly(2026, 12, 10), n.ReplyBy);
            Assert.Matches(@"^联办催字〔2026〕\d+号$", n.Number);
        });

        // Each unit's inbox holds its own notices only; another city's unit learns nothing of them.
        var wzInbox = await InboxAsync(wanzhou, key);
        Assert.Equal(3, wzInbox.Count);
        Assert.All(wzInbox, n => Assert.Equal("WZ", n.GetProperty("jurisdiction").GetString()));
        Assert.Equal("notice", wzInbox[0].GetProperty("kind").GetString());
        Assert.Contains("已逾期 3 天", wzInbox[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["万州区交通局"], wzInbox[0].GetProperty("recipient_units").EnumerateArray().Select(u => u.GetString()));
        Assert.Empty(await InboxAsync(kaizhou, key));
        var wzNotice = first.Single(n => n.JurisdictionCode == "WZ");
        var dzNotice = first.Single(n => n.JurisdictionCode == "DZ");

        // 签收: Wanzhou with a reason and a promised date; again is a conflict; the joint office reads but does not
        // sign; Kaizhou does not know the notice exists.
        var ack = await wanzhou.PostAsJsonAsync($"/api/v1/notifications/{wzNotice.Id}/ack", new { reason = "征地协调滞后", expected_on = "2026-12-18" });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var acknowledged = await Json.ReadAsync(ack);
        Assert.Equal("2026-12-18", acknowledged.GetProperty("acknowledgement").GetProperty("expected_on").GetString());
        Assert.True(acknowledged.GetProperty("read").GetBoolean());
        await Json.ProblemAsync(await wanzhou.PostAsJsonAsync($"/api/v1/notifications/{wzNotice.Id}/ack", new { }), 409);
        await Json.ProblemAsync(await office.PostAsJsonAsync($"/api/v1/notifications/{dzNotice.Id}/ack", new { }), 403);
        await Json.ProblemAsync(await kaizhou.PostAsJsonAsync($"/api/v1/notifications/{dzNotice.Id}/ack", new { }), 404);
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync($"/api/v1/notifications/{dzNotice.Id}/ack", new { expected_on = "2026-12-01" }), 422);
        Assert.Equal("DZ", (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/notices/{dzNotice.Id}"))).GetProperty("jurisdiction").GetString());
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/notices/{dzNotice.Id}"), 404);
        await Json.ProblemAsync(await wanzhou.GetAsync($"/api/v1/notices/{dzNotice.Id}"), 404);
        var (clientId, clientSecret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var dashboard = await factory.MachineClientAsync(clientId, clientSecret);
        Assert.Equal(HttpStatusCode.OK, (await dashboard.GetAsync($"/api/v1/notices/{dzNotice.Id}")).StatusCode);
        await Json.ProblemAsync(await dashboard.GetAsync($"/api/v1/notices/{wzNotice.Id}"), 404);

        // Read notices drop below unread ones; paging two at a time walks the same list, across the boundary.
        wzInbox = await InboxAsync(wanzhou, key);
        Assert.Equal([false, false, true], wzInbox.Select(n => n.GetProperty("read").GetBoolean()));
        var whole = (await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/notifications?limit=200"))).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()).ToList();
        var walked = new List<long>();
        for (string? cursor = null; ;)
        {
            var page = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/notifications?limit=2" + (cursor is null ? string.Empty : "&cursor=" + cursor)));
            walked.AddRange(page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()));
            if (page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null)
            {
                break;
            }

            cursor = page.GetProperty("next_cursor").GetString();
        }

        Assert.Equal(whole, walked);
        var unreadOnly = (await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/notifications?unread_only=true&limit=200"))).GetProperty("items");
        Assert.DoesNotContain(unreadOnly.EnumerateArray(), n => n.GetProperty("id").GetInt64() == wzNotice.Id);

        // Three working days on (Thursday 10th): Dazhou, silent, goes up a rung; Wanzhou waits for its promised date.
        await factory.ChaseAsync(new DateOnly(2026, 12, 9));
        Assert.Equal(2, (await MilestoneNoticesAsync(taskId)).Count(n => n.Kind == NoticeKind.Notice));
        Assert.Empty(await InboxAsync(dazhouHead, key));
        await factory.ChaseAsync(new DateOnly(2026, 12, 10));
        Assert.Equal((1, LadderLevel.DepartmentHead), Rungs(await MilestoneNoticesAsync(taskId), "DZ").Last());

        // The rung reaches the unit's head, who had seen neither the reminders nor the first notice.
        Assert.Equal(["department_head"], (await InboxAsync(dazhouHead, key)).Select(n => n.GetProperty("level").GetString()));

        // Dazhou's ladder (Sichuan) reaches its city coordinator three working days later; Wanzhou's would take five.
        await factory.ChaseAsync(new DateOnly(2026, 12, 15));
        notices = await MilestoneNoticesAsync(taskId);
        Assert.Equal([(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator)], Rungs(notices, "DZ"));
        Assert.Equal([(0, LadderLevel.DepartmentOfficer)], Rungs(notices, "WZ"));

        // Dazhou signs its part off: its chase ends. Wanzhou's ladder resumes three working days after the 18th.
        var signOff = await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestoneId}/sign-off", new { evidence = "路基验收记录" });
        Assert.Equal(HttpStatusCode.OK, signOff.StatusCode);
        await factory.ChaseAsync(new DateOnly(2026, 12, 22));
        Assert.Equal([(0, LadderLevel.DepartmentOfficer)], Rungs(await MilestoneNoticesAsync(taskId), "WZ"));
        await factory.ChaseAsync(new DateOnly(2026, 12, 23));
        notices = await MilestoneNoticesAsync(taskId);
        Assert.Equal([(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead)], Rungs(notices, "WZ"));
        Assert.Equal(3, Rungs(notices, "DZ").Count);

        // Dazhou's ladder stopped below its leader in charge, who therefore received nothing about this milestone.
        Assert.Empty(await InboxAsync(dazhouLeader, key));

        // The promise and the notices never moved the milestone's dates.
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("2026-12-04", task.GetProperty("milestones")[0].GetProperty("due_date").GetString());

        // Every formal notice went to the outbox in its own transaction: issued twice, escalated three times; Wanzhou's
        // 签收 once.
        // (The task's parties also owe November's monthly report, and the task's own changes are events too.)
        var events = (await factory.WithDbAsync(db => db.OutboxEvents.AsNoTracking().Where(e => e.TaskId == taskId).OrderBy(e => e.Id).ToListAsync()))
            .Where(e => e.Type.StartsWith("notice.", StringComparison.Ordinal) && JsonDocument.Parse(e.Payload).RootElement.GetProperty("subject").GetString() == "milestone")
            .ToList();
        Assert.Equal(["notice.acknowledged", "notice.escalated", "notice.escalated", "notice.escalated", "notice.issued", "notice.issued"], events.Select(e => e.Type).Order());
        var signedFor = JsonDocument.Parse(events.Single(e => e.Type == "notice.acknowledged").Payload).RootElement;
        Assert.Equal(("WZ", "2026-12-18", "征地协调滞后"), (signedFor.GetProperty("jurisdiction").GetString(), signedFor.GetProperty("expected_on").GetString(), signedFor.GetProperty("reason").GetString()));
        Assert.Equal(wzNotice.Id, signedFor.GetProperty("notice_id").GetInt64());
        events = events.Where(e => e.Type != "notice.acknowledged").ToList();
        var payload = JsonDocument.Parse(events[^1].Payload).RootElement;
        Assert.Equal(key, payload.GetProperty("task_key").GetString());
        Assert.Equal("2026-12-04", payload.GetProperty("due_on").GetString());
        Assert.Equal("department_head", payload.GetProperty("level").GetString());

        // Numbers are unique and without gaps across everything the chase issued this year.
        var serials = await factory.WithDbAsync(db => db.Notices.Where(n => n.Year == 2026).Select(n => n.Serial!.Value).ToListAsync());
        Assert.Equal(Enumerable.Range(1, serials.Count), serials.Order());
    }

    [Fact]
    public async Task Notices_Should_BeReadableByTheJointOffice_And_TheUpperRungsAddressedToIt()
    {
        // A milestone of its own, due 2026-06-01 and never met: chased day by day until both ladders reach the joint
        // office, so the assertions below are about notices this test made, whichever test ran first.
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, taskId, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 6, 1));
        var office = await factory.ClientForAsync("joint.office");
        var observer = await factory.ClientForAsync("province.observer");
        for (var day = new DateOnly(2026, 6, 2); day <= new DateOnly(2026, 7, 15); day = day.AddDays(1))
        {
            await factory.ChaseAsync(day);
        }

        factory.Clock.Now = ApiFactory.StartAt;
        var notices = (await MilestoneNoticesAsync(taskId)).Where(n => n.Kind == NoticeKind.Notice).ToList();
        var all = await Json.ReadAsync(await office.GetAsync($"/api/v1/notices?kind=notice&task={key}&limit=200"));
        var seen = await Json.ReadAsync(await observer.GetAsync($"/api/v1/notices?kind=notice&task={key}&limit=200"));
        var inbox = await AllPagesAsync(office, "/api/v1/notifications?limit=200");

        Assert.Contains(notices, n => n.JurisdictionCode == "WZ" && n.Level == LadderLevel.JointOffice);
        Assert.Contains(notices, n => n.JurisdictionCode == "DZ" && n.Level == LadderLevel.JointOffice);

        // Wanzhou's own programme (its 2023 five lists, overdue since 2024) climbs Wanzhou's own rungs only: never to the
        // joint office or the joint meeting, which neither see it nor answer for it.
        var own = await factory.WithDbAsync(db => db.Notices.IgnoreQueryFilters()
            .Where(n => db.Tasks.IgnoreQueryFilters().Any(t => t.Id == n.TaskId && t.ProgrammeCode == "WZ2023"))
            .Select(n => n.Level).Distinct().ToListAsync());
        Assert.Contains(LadderLevel.CityCoordinator, own);
        Assert.DoesNotContain(LadderLevel.JointOffice, own);
        Assert.DoesNotContain(LadderLevel.JointMeeting, own);
        Assert.Equal(notices.Count, all.GetProperty("items").GetArrayLength());
        Assert.Equal(notices.Count, seen.GetProperty("items").GetArrayLength());
        Assert.Equal(2, inbox.Count(n => n.GetProperty("task").GetProperty("key").GetString() == key && n.GetProperty("level").GetString() == "joint_office"));
        Assert.All(inbox, n => Assert.Contains(n.GetProperty("level").GetString(), new[] { "joint_office", "joint_meeting" }));

        // The task is listed under 万达开: its office issues the notices, and the 万开云 office's staff never see them.
        Assert.All(inbox.Where(n => n.GetProperty("task").GetProperty("key").GetString() == key), n => Assert.Equal("万达开联合办公室", n.GetProperty("issuer").GetString()));
        var wky = await factory.ClientForAsync(await factory.CreateUserAsync(Domain.Identity.UserRoles.JointOfficeCoordinator, null, null, jointOffices: ["WKY"]), "Test#Password1");
        Assert.DoesNotContain(await AllPagesAsync(wky, "/api/v1/notifications?limit=200"), n => n.GetProperty("task").GetProperty("key").GetString() == key);
        Assert.Equal(0, (await Json.ReadAsync(await wky.GetAsync($"/api/v1/notices?task={key}&limit=200"))).GetProperty("items").GetArrayLength());
        await Json.ProblemAsync(await office.GetAsync("/api/v1/notices?level=boss"), 400);
        await Json.ProblemAsync(await office.GetAsync("/api/v1/notifications?cursor=nope"), 400);
    }

    private static async Task<List<JsonElement>> AllPagesAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        for (string? cursor = null; ;)
        {
            var page = await Json.ReadAsync(await client.GetAsync(cursor is null ? path : $"{path}&cursor={cursor}"));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            if ((cursor = page.GetProperty("next_cursor").GetString()) is null)
            {
                return items;
            }
        }
    }

    private Task<List<Notice>> MilestoneNoticesAsync(Guid taskId) => ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Milestone);

    private static List<(int Rung, LadderLevel? Level)> Rungs(IEnumerable<Notice> notices, string jurisdiction) =>
        notices.Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == jurisdiction).OrderBy(n => n.Rung).Select(n => (n.Rung, n.Level)).ToList();

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client, string key)
    {
        var page = await Json.ReadAsync(await client.GetAsync("/api/v1/notifications?limit=200"));
        return page.GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("task").GetProperty("key").GetString() == key && n.GetProperty("subject").GetString() == "milestone")
            .ToList();
    }
}
