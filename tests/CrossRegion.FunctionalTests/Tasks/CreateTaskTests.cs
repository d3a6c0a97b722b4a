using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Tasks;

[Collection(ApiCollection.Name)]
public sealed class CreateTaskTests(ApiFactory factory)
{
    [Fact]
    public async Task CreateTask_Should_PutTheTaskOnTheLedgerForItsPartiesOnly_When_TheJointOfficeDefinesIt()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = NewKey();

        var response = await office.PostSnakeAsync("/api/v1/tasks", Task(key));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/tasks/{key}", response.Headers.Location?.ToString());
        Assert.NotNull(response.Headers.ETag);
        var body = await Json.ReadAsync(response);
        Assert.Equal(["DZ", "WZ"], body.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order().ToArray());
        Assert.Equal("2024-06-30", body.GetProperty("milestones")[0].GetProperty("due_date").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientForAsync("dz.transport")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientForAsync("kz.transport")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        var history = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}/history"));
        var created = history.GetProperty("items")[0];
        Assert.Equal("joint.office", created.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(["joint_office_coordinator"], created.GetProperty("actor").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("dz.transport")]
    [InlineData("province.observer")]
    public async Task CreateTask_Should_Answer403_When_TheCallerIsNeitherTheJointOfficeNorACityCoordinator(string account)
    {
        var client = await factory.ClientForAsync(account);

        var response = await client.PostSnakeAsync("/api/v1/tasks", Task(NewKey()));

        await Json.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task CreateTask_Should_Answer409_When_TheKeyIsTaken()
    {
        var office = await factory.ClientForAsync("joint.office");

        var response = await office.PostSnakeAsync("/api/v1/tasks", Task("WDK-2023-04"));

        await Json.ProblemAsync(response, 409);
    }

    [Fact]
    public async Task CreateTask_Should_Answer400ByField_When_ReferencesDoNotResolve()
    {
        var office = await factory.ClientForAsync("joint.office");
        var task = Task(NewKey()) with { Programme = "NOPE", Parties = [new("WZ", "responsible", null, ["WZ-NOWHERE"])] };

        var problem = await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/tasks", task), 400);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("programme", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("parties[0].departments", out _), errors.ToString());
    }

    [Fact]
    public async Task CreateTask_Should_Answer400ByField_When_FieldsAreMissingOrInvalid()
    {
        var office = await factory.ClientForAsync("joint.office");
        var task = Task("lower-case") with { TitleZh = null, Parties = [new("SH", "boss", null, null)] };

        var problem = await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/tasks", task), 400);

        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("key", fields);
        Assert.Contains("title_zh", fields);
        Assert.Contains("parties[0].jurisdiction", fields);
        Assert.Contains("parties[0].role", fields);
    }

    [Theory]
    [InlineData("unit_of_another_city")]
    [InlineData("owner_without_responsibility")]
    [InlineData("no_responsible_party")]
    public async Task CreateTask_Should_Answer422AndStoreNothing_When_ABusinessRuleIsBroken(string rule)
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = NewKey();
        var task = rule switch
        {
            "unit_of_another_city" => Task(key) with { Parties = [new("DZ", "responsible", null, ["WZ-TRANSPORT"])] },
            "owner_without_responsibility" => Task(key) with { Milestones = [new("节点", null, new DateOnly(2024, 6, 30), "month", ["KZ"])] },
            _ => Task(key) with { Parties = [new("YY", "participant", null, null)], Milestones = [] },
        };

        var response = await office.PostSnakeAsync("/api/v1/tasks", task);

        await Json.ProblemAsync(response, 422);
        Assert.False(await factory.WithDbAsync(db => db.Tasks.IgnoreQueryFilters().AnyAsync(t => t.Key == key)));
    }

    internal static string NewKey() => $"WDK-2024-T{Random.Shared.Next(100000, 999999)}";

    internal static TaskBody Task(string key) => new(
        key,
        "joint_key_task",
        "WDK",
        "infrastructure",
        "达万直达快速通道二期",
        "Dazhou–Wanzhou express road, phase II",
        ["达万快速二期"],
        new("2024—2026年", 2024, 2026),
        "新建快速通道。",
        "preliminary",
        null,
        [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("DZ", "responsible", "负责达州段", ["DZ-TRANSPORT"])],
        [new(2024, "完成工可。", [new("年度投资", "Annual investment", "equal", 1.2m, "亿元", "DZ", null)])],
        [new("完成工可报告", "Feasibility report", new DateOnly(2024, 6, 30), "month", [])]);
}
