using System.Net;
using System.Net.Http.Json;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// The task-force rung (ADR 0024), added to Wanzhou's ladder while it is in use: an obligation already past the new
/// rung is not sent back to it; one below it climbs through it when a task force led by a party's unit holds the task,
/// and passes over it otherwise (no task force, or one led by a unit of a city that is no party); no level twice,
/// also when run twice on the day of the change. The lead unit's people receive the rung's notice; nobody else
/// learns of it.
/// </summary>
public sealed class TaskForceRungTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task AddingTheTaskForceRung_Should_IssueNothingTwice_And_ReachOnlyHeldTasks()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var office = await factory.ClientForAsync("joint.office");
        var ledByDazhou = await FormAsync(office, "DZ-TRANSPORT", "WZ-TRANSPORT");
        var ledByKaizhou = await FormAsync(office, "KZ-TRANSPORT", "WZ-TRANSPORT");

        var (aheadKey, ahead, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        var (heldKey, held, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 18));
        var (_, unheld, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 18));
        var (elsewhereKey, elsewhere, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 18));
        foreach (var (force, key) in new[] { (ledByDazhou, aheadKey), (ledByDazhou, heldKey), (ledByKaizhou, elsewhereKey) })
        {
            Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/task-forces/{force}/tasks/{key}", null)).StatusCode);
        }

        // The shipped ladder until the first milestone's notice reaches the joint office.
        var day = new DateOnly(2026, 12, 7);
        for (; !(await LevelsAsync(ahead)).Contains(LadderLevel.JointOffice); day = day.AddDays(1))
        {
            Assert.True(day < new DateOnly(2027, 1, 31), "the first milestone should reach the joint office within the month");
            await factory.ChaseAsync(day);
        }

        Assert.DoesNotContain(LadderLevel.CityCoordinator, await LevelsAsync(held));

        // Wanzhou puts the task force between its coordinator and the joint office.
        var options = factory.Services.GetRequiredService<IOptions<ChaseOptions>>().Value;
        options.Ladders["WZ"] =
        [
            new() { Level = LadderLevel.DepartmentOfficer, AfterWorkingDays = 1 },
            new() { Level = LadderLevel.DepartmentHead, AfterWorkingDays = 3 },
            new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 5 },
            new() { Level = LadderLevel.TaskForce, AfterWorkingDays = 3 },
            new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 5 },
            new() { Level = LadderLevel.JointMeeting, AfterWorkingDays = 10 },
        ];
        Assert.Empty(options.Problems());
        try
        {
            await factory.ChaseAsync(day);
            for (; day <= new DateOnly(2027, 2, 26); day = day.AddDays(1))
            {
                await factory.ChaseAsync(day);
            }
        }
        finally
        {
            options.Ladders.Remove("WZ");
        }

        // Past the new rung already: on to the joint meeting, nothing sent back to the task force.
        Assert.Equal(
            [(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator), (3, LadderLevel.JointOffice), (5, LadderLevel.JointMeeting)],
            await RungsAsync(ahead));

        // Held by a task force led by Dazhou's unit (Dazhou is a party): through the task force, each level once.
        Assert.Equal(
            [(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator), (3, LadderLevel.TaskForce), (4, LadderLevel.JointOffice), (5, LadderLevel.JointMeeting)],
            await RungsAsync(held));

        // No task force, or one led by a unit of Kaizhou (no party to the task): straight from the coordinator to the joint office.
        List<(int, LadderLevel)> passedOver =
            [(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator), (4, LadderLevel.JointOffice), (5, LadderLevel.JointMeeting)];
        Assert.Equal(passedOver, await RungsAsync(unheld));
        Assert.Equal(passedOver, await RungsAsync(elsewhere));

        // Dazhou's ladder has no task-force rung: each level once, none at the task force.
        var dazhou = (await ChaseTasks.NoticesAsync(factory, held, NoticeSubject.Milestone)).Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == "DZ").ToList();
        Assert.Equal(dazhou.Count, dazhou.Select(n => n.Level).Distinct().Count());
        Assert.DoesNotContain(dazhou, n => n.Level == LadderLevel.TaskForce);

        // The lead unit's officer (Dazhou's transport bureau) has Wanzhou's task-force notice in the inbox; Kaizhou's
        // transport bureau, leading a task force that holds a task it is no party to, has nothing of it.
        var taskForceNotice = (await FormalAsync(held)).Single(n => n.Level == LadderLevel.TaskForce);
        var dazhouUnit = await factory.ClientForAsync("dz.transport");
        var inbox = await Json.ReadAsync(await dazhouUnit.GetAsync($"/api/v1/notices?level=task_force&subject=milestone&task={heldKey}"));
        Assert.Equal([taskForceNotice.Id], inbox.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()));
        var kaizhouUnit = await factory.ClientForAsync("kz.transport");
        Assert.Equal(0, (await Json.ReadAsync(await kaizhouUnit.GetAsync($"/api/v1/notices?task={elsewhereKey}"))).GetProperty("items").GetArrayLength());
        await Json.ProblemAsync(await kaizhouUnit.GetAsync($"/api/v1/notices/{taskForceNotice.Id}"), 404);

        // The task force meets (会商): a topic meeting hosted by its lead unit's city, its agenda started from the
        // 催办 at its rung — the tasks it holds (the first through its monthly reports, which climbed the new ladder),
        // none of those that passed over it.
        object Meeting(string kind, string programme = "WDK") => new
        {
            programme, kind, title = "交通专班会商", date = new DateOnly(2027, 3, 2), place = "达州", task_force = ledByDazhou,
        };
        await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/meetings", Meeting("plenary")), 422);
        await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/meetings", new
        {
            programme = "WDK", title = "会商", date = new DateOnly(2027, 3, 2), place = "达州", task_force = "WDK-TF-NONE",
        }), 404);
        var called = await office.PostSnakeAsync("/api/v1/meetings", Meeting("topic"));
        Assert.Equal(HttpStatusCode.Created, called.StatusCode);
        var meeting = await Json.ReadAsync(called);
        Assert.Equal(("topic", "DZ", ledByDazhou), (meeting.GetProperty("kind").GetString(), meeting.GetProperty("host").GetString(), meeting.GetProperty("task_force").GetString()));
        Assert.Equal(
            new[] { aheadKey, heldKey }.Order(StringComparer.Ordinal),
            meeting.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("task_key").GetString()!).Order(StringComparer.Ordinal));
        var listed = await Json.ReadAsync(await office.GetAsync($"/api/v1/meetings?task_force={ledByDazhou}"));
        Assert.Equal([meeting.GetProperty("id").GetString()], listed.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()));

        // The quarter's bulletin has a section per task force: its tasks, and their milestone parts due in the quarter
        // (two cities own each milestone; none was completed).
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bulletin = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.Equal(
            new[] { $"{ledByDazhou} 2 4 0 0 4", $"{ledByKaizhou} 1 2 0 0 2" }.Order(StringComparer.Ordinal),
            bulletin.GetProperty("task_forces").EnumerateArray().Select(f => string.Join(' ', f.GetProperty("code").GetString(), f.GetProperty("tasks").GetInt32(),
                f.GetProperty("due").GetInt32(), f.GetProperty("on_time").GetInt32(), f.GetProperty("late").GetInt32(), f.GetProperty("overdue").GetInt32()))
                .Order(StringComparer.Ordinal));
        var forYunyang = (await Json.ReadAsync(await (await factory.ClientForAsync("yy.admin")).GetAsync(created.Headers.Location))).GetProperty("content");
        Assert.Equal(0, forYunyang.GetProperty("task_forces").GetArrayLength());
        using var html = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        html.Headers.Accept.ParseAdd("text/html");
        Assert.Contains("专班 Task forces", await (await office.SendAsync(html)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> FormAsync(HttpClient office, string lead, string member)
    {
        var code = $"WDK-TF-L{Random.Shared.Next(100000, 999999)}";
        var response = await office.PostSnakeAsync("/api/v1/task-forces", new
        {
            code, programme = "WDK", field = "infrastructure", name_zh = "交通专班", name_en = "Transport task force", lead_unit = lead,
            members = new[] { member }, convener_name = "李强", convener_post = "交通局局长",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private async Task<List<Notice>> FormalAsync(Guid taskId) =>
        (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Milestone)).Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == "WZ").ToList();

    private async Task<List<(int, LadderLevel)>> RungsAsync(Guid taskId) =>
        (await FormalAsync(taskId)).Select(n => (n.Rung, n.Level!.Value)).ToList();

    private async Task<List<LadderLevel>> LevelsAsync(Guid taskId) => (await FormalAsync(taskId)).Select(n => n.Level!.Value).ToList();
}
