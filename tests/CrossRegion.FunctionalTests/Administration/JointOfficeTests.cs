using System.Net;
using System.Net.Http.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>
/// A joint office per programme: 万达开联合办公室 runs the 万达开 tasks, 万开云联合办公室 the 万开云 ones. Staff see, define and
/// decide only their offices' tasks (a 万达开 task with a Yunyang party stays 万达开), through dated assignments.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class JointOfficeTests(ApiFactory factory)
{
    [Fact]
    public async Task Staff_Should_SeeAndDefineOnlyTheirOfficesTasks()
    {
        var both = await factory.ClientForAsync("joint.office");
        var wkyKey = CreateTaskTests.NewKey().Replace("WDK", "WKY", StringComparison.Ordinal);
        var wdkKey = CreateTaskTests.NewKey();
        var wkyTask = CreateTaskTests.Task(wkyKey) with
        {
            Programme = "WKY", Parties = [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("YY", "responsible", null, ["YY-TRANSPORT"])], targets = [],
        };
        var createdWky = await both.PostSnakeAsync("/api/v1/tasks", wkyTask);
        Assert.True(createdWky.StatusCode == HttpStatusCode.Created, await createdWky.Content.ReadAsStringAsync());
        var wdkWithYunyang = CreateTaskTests.Task(wdkKey);
        wdkWithYunyang = wdkWithYunyang with { Parties = [.. wdkWithYunyang.Parties, new("YY", "cooperating", null, ["YY-TRANSPORT"])] };
        var createdWdk = await both.PostSnakeAsync("/api/v1/tasks", wdkWithYunyang);
        Assert.True(createdWdk.StatusCode == HttpStatusCode.Created, await createdWdk.Content.ReadAsStringAsync());
        var name = await factory.CreateUserAsync(UserRoles.JointOfficeCoordinator, "YY", null, jointOffices: ["WKY"]);
        var wky = await factory.ClientForAsync(name, "Test#Password1");

        var ledger = await Json.ReadAsync(await wky.GetAsync("/api/v1/tasks?limit=200"));

        Assert.All(ledger.GetProperty("items").EnumerateArray(), t => Assert.Contains(t.GetProperty("programme").GetString(), new[] { "WKY", "WDKY" }));
        Assert.Contains(ledger.GetProperty("items").EnumerateArray(), t => t.GetProperty("programme").GetString() == "WDKY");
        Assert.Equal(HttpStatusCode.OK, (await wky.GetAsync($"/api/v1/tasks/{wkyKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wky.GetAsync($"/api/v1/tasks/{wdkKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wky.GetAsync("/api/v1/tasks/WDK-2023-01")).StatusCode);
        await Json.ProblemAsync(await wky.PostSnakeAsync("/api/v1/tasks", CreateTaskTests.Task(CreateTaskTests.NewKey())), 403);
        var me = await Json.ReadAsync(await wky.GetAsync("/api/v1/me"));
        Assert.Equal(["WDKY", "WKY"], me.GetProperty("joint_office_programmes").EnumerateArray().Select(p => p.GetString()).Order());
        Assert.Equal("万开云联合办公室", me.GetProperty("joint_offices")[0].GetProperty("name_zh").GetString());
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync($"/api/v1/tasks/{wdkKey}")).StatusCode);
    }

    [Fact]
    public async Task EndingAnAssignment_Should_TakeTheOfficesTasksOutOfView_And_KeepItListed()
    {
        var system = await factory.ClientForAsync("sys.admin");
        var name = await factory.CreateUserAsync(UserRoles.JointOfficeCoordinator, "WZ", null);
        Assert.Equal(HttpStatusCode.OK, (await system.PostAsJsonAsync($"/api/v1/admin/users/{name}/joint-offices", new { office = "WDK", starts_on = "2026-01-01" })).StatusCode);
        var seconded = await factory.ClientForAsync(name, "Test#Password1");
        Assert.Equal(HttpStatusCode.OK, (await seconded.GetAsync("/api/v1/tasks/WDK-2023-01")).StatusCode);

        var ended = await Json.ReadAsync(await system.PostAsync($"/api/v1/admin/users/{name}/joint-offices/WDK/end?last_day=2026-06-30", null));

        var assignment = ended.GetProperty("joint_offices")[0];
        Assert.Equal("2026-06-30", assignment.GetProperty("ends_on").GetString());
        Assert.False(assignment.GetProperty("current").GetBoolean());
        await Sessions.RefusedWithinAsync(seconded);
        var again = await factory.ClientForAsync(name, "Test#Password1");
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync("/api/v1/tasks/WDK-2023-01")).StatusCode);
    }

    [Fact]
    public async Task Assign_Should_AnswerClearProblems()
    {
        var system = await factory.ClientForAsync("sys.admin");
        var officer = await factory.CreateUserAsync(UserRoles.DepartmentOfficer, "WZ", "WZ-TRANSPORT");
        var staff = await factory.CreateUserAsync(UserRoles.JointOfficeCoordinator, null, null, jointOffices: ["WDK"]);

        var notStaff = await Json.ProblemAsync(await system.PostAsJsonAsync($"/api/v1/admin/users/{officer}/joint-offices", new { office = "WDK" }), 422);
        var unknown = await Json.ProblemAsync(await system.PostAsJsonAsync($"/api/v1/admin/users/{staff}/joint-offices", new { office = "XYZ" }), 400);
        var twice = await Json.ProblemAsync(await system.PostAsJsonAsync($"/api/v1/admin/users/{staff}/joint-offices", new { office = "WDK" }), 409);
        var cityAdmin = await factory.ClientForAsync("wz.admin");

        Assert.Equal("assignment.role", notStaff.GetProperty("rule").GetString());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("office", out _));
        Assert.Equal("assignment.duplicate", twice.GetProperty("rule").GetString());
        await Json.ProblemAsync(await cityAdmin.PostAsJsonAsync($"/api/v1/admin/users/{staff}/joint-offices", new { office = "WKY" }), 403);
        var offices = await Json.ReadAsync(await system.GetAsync("/api/v1/joint-offices"));
        Assert.Equal(["WDK", "WKY"], offices.EnumerateArray().Select(o => o.GetProperty("code").GetString()));
    }
}
