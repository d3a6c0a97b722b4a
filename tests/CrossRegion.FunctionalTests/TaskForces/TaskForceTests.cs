using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.TaskForces;

/// <summary>
/// 专班 (ADR 0024): the joint office forms 万达开's transport task force with units of three cities and gives it two
/// tasks; Kaizhou, a member city, reads the task force but only the task it is a party to (in the API, the ledger and
/// straight on the sets); Yunyang, no member of 万达开, finds nothing; the definition's rules and the revision hold.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TaskForceTests(ApiFactory factory)
{
    [Fact]
    public async Task TaskForce_Should_HoldTasks_SeenByItsMembersByParticipationOnly()
    {
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var yunyang = await factory.ClientForAsync("yy.admin");
        var code = $"WDK-TF-T{Random.Shared.Next(100000, 999999)}";
        object Body(string lead, string[] members, string field = "infrastructure") => new
        {
            code, programme = "WDK", field, name_zh = "交通专班", name_en = "Transport task force", lead_unit = lead, members,
            convener_name = "张明", convener_post = "万州区交通局局长",
        };

        // Refused by field: one city's units only, a unit of no member city, a field not in the catalogue; and by whom.
        var bad = await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/task-forces", Body("WZ-TRANSPORT", ["YY-TRANSPORT"], "nowhere")), 400);
        Assert.Equal(["field", "members"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/task-forces", Body("WZ-TRANSPORT", [])), 400);
        await Json.ProblemAsync(await wanzhou.PostSnakeAsync("/api/v1/task-forces", Body("WZ-TRANSPORT", ["DZ-TRANSPORT"])), 403);

        var formed = await office.PostSnakeAsync("/api/v1/task-forces", Body("WZ-TRANSPORT", ["DZ-TRANSPORT", "KZ-TRANSPORT"]));
        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal("\"1\"", formed.Headers.ETag?.Tag);
        var force = await Json.ReadAsync(formed);
        Assert.Equal("WZ-TRANSPORT", force.GetProperty("lead_unit").GetProperty("code").GetString());
        Assert.Equal(["DZ", "KZ", "WZ"], force.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("jurisdiction").GetString()!));
        await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/task-forces", Body("WZ-TRANSPORT", ["DZ-TRANSPORT"])), 409);

        // Two tasks: one of Wanzhou and Dazhou only, one Kaizhou is a party to.
        var (twoCities, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var (withKaizhou, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: true);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/task-forces/{code}/tasks/{twoCities}", null)).StatusCode);
        var held = await Json.ReadAsync(await office.PostAsync($"/api/v1/task-forces/{code}/tasks/{withKaizhou}", null));
        Assert.Equal(new[] { twoCities, withKaizhou }.Order(StringComparer.Ordinal), Keys(held).Order(StringComparer.Ordinal));
        await Json.ProblemAsync(await office.PostAsync($"/api/v1/task-forces/{code}/tasks/{withKaizhou}", null), 409);
        await Json.ProblemAsync(await office.PostAsync($"/api/v1/task-forces/{code}/tasks/WDK-2099-NONE", null), 404);

        // Kaizhou reads the task force and only the task it is a party to — in the API, the ledger and on the sets.
        Assert.Equal([withKaizhou], Keys(await Json.ReadAsync(await kaizhou.GetAsync($"/api/v1/task-forces/{code}"))));
        Assert.Equal([withKaizhou], await LedgerAsync(kaizhou, code));
        Assert.Equal(new[] { twoCities, withKaizhou }.Order(StringComparer.Ordinal), (await LedgerAsync(office, code)).Order(StringComparer.Ordinal));
        Assert.Equal((1, 2), (await HeldOnTheSetsAsync(code, "KZ"), await HeldOnTheSetsAsync(code, "DZ")));
        await Json.ProblemAsync(await kaizhou.PostAsync($"/api/v1/task-forces/{code}/tasks/{withKaizhou}", null), 403);

        // Yunyang is no member of 万达开: no such task force, none in the list, nothing in the ledger by it.
        await Json.ProblemAsync(await yunyang.GetAsync($"/api/v1/task-forces/{code}"), 404);
        Assert.DoesNotContain((await Json.ReadAsync(await yunyang.GetAsync("/api/v1/task-forces"))).EnumerateArray(), f => f.GetProperty("code").GetString() == code);
        Assert.Empty(await LedgerAsync(yunyang, code));

        // Changes name the revision they replace; a stale one is refused; a task comes off.
        var change = Body("DZ-TRANSPORT", ["WZ-TRANSPORT", "KZ-TRANSPORT"]);
        await Json.ProblemAsync(await office.PutSnakeAsync($"/api/v1/task-forces/{code}", change, "\"1\""), 412);
        var changed = await Json.ReadAsync(await office.PutSnakeAsync($"/api/v1/task-forces/{code}", change, "\"3\""));
        Assert.Equal(("DZ-TRANSPORT", 4), (changed.GetProperty("lead_unit").GetProperty("code").GetString(), changed.GetProperty("revision").GetInt32()));
        var released = await Json.ReadAsync(await office.DeleteAsync($"/api/v1/task-forces/{code}/tasks/{twoCities}"));
        Assert.Equal([withKaizhou], Keys(released));
        await Json.ProblemAsync(await office.DeleteAsync($"/api/v1/task-forces/{code}/tasks/{twoCities}"), 422);
        Assert.Contains((await Json.ReadAsync(await office.GetAsync("/api/v1/task-forces?programme=WDK&field=infrastructure"))).EnumerateArray(), f => f.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task TaskForceEvents_Should_ReachTheProgrammesReaders_AndAssignmentsTheTasksReaders()
    {
        var office = await factory.ClientForAsync("joint.office");
        var code = $"WDK-TF-E{Random.Shared.Next(100000, 999999)}";
        Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/task-forces", new
        {
            code, programme = "WDK", field = "infrastructure", name_zh = "物流专班", name_en = "Logistics task force", lead_unit = "WZ-TRANSPORT",
            members = new[] { "DZ-TRANSPORT" }, convener_name = "王军", convener_post = "万州区交通局局长",
        })).StatusCode);
        var (twoCities, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var (withKaizhou, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: true);
        foreach (var key in new[] { twoCities, withKaizhou })
        {
            Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"/api/v1/task-forces/{code}/tasks/{key}", null)).StatusCode);
        }

        // The task's page names the task force holding it.
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var task = await Json.ReadAsync(await kaizhou.GetAsync($"/api/v1/tasks/{withKaizhou}"));
        Assert.Equal([code], task.GetProperty("task_forces").EnumerateArray().Select(f => f.GetProperty("code").GetString()));

        // task_force.changed (formed, then a revision per task given) to the programme's readers — Kaizhou, a member
        // city, but not Yunyang; task.changed for an assignment only to those who see the task.
        var forKaizhou = (await ChangeFeed.EventsAsync(factory.Services, kaizhou, "task_force.changed")).Where(e => Data(e, "code") == code).ToList();
        Assert.Equal(["formed", "changed", "changed"], forKaizhou.Select(e => Data(e, "change")));
        var yunyang = await factory.ClientForAsync("yy.admin");
        Assert.DoesNotContain(await ChangeFeed.EventsAsync(factory.Services, yunyang, "task_force.changed"), e => Data(e, "code") == code);
        var assigned = (await ChangeFeed.EventsAsync(factory.Services, kaizhou, "task.changed")).Where(e => Data(e, "task_force") == code).ToList();
        Assert.Equal([withKaizhou], assigned.Select(e => Data(e, "task_key")));
        var forOffice = (await ChangeFeed.EventsAsync(factory.Services, office, "task.changed")).Where(e => Data(e, "task_force") == code).ToList();
        Assert.Equal(new[] { twoCities, withKaizhou }.Order(StringComparer.Ordinal), forOffice.Select(e => Data(e, "task_key")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TaskForceWebhooks_Should_ReachTheProgrammesCities_AndNoOther()
    {
        await using var kaizhou = await Integration.WebhookReceiver.StartAsync(failFirst: 0);
        await using var yunyang = await Integration.WebhookReceiver.StartAsync(failFirst: 0);
        await using var everyCity = await Integration.WebhookReceiver.StartAsync(failFirst: 0);
        var admin = await factory.ClientForAsync("sys.admin");
        var office = await factory.ClientForAsync("joint.office");
        async Task<JsonElement> SubscribeAsync(Integration.WebhookReceiver receiver, string? jurisdiction)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new
            {
                name = $"专班 {jurisdiction ?? "all"}", url = new Uri(receiver.Address, "/hook"), event_types = new[] { "task_force.changed" }, jurisdiction,
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await Json.ReadAsync(response);
        }

        var subscriptions = new[] { await SubscribeAsync(kaizhou, "KZ"), await SubscribeAsync(yunyang, "YY"), await SubscribeAsync(everyCity, null) };
        var code = $"WDK-TF-W{Random.Shared.Next(100000, 999999)}";
        Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/task-forces", new
        {
            code, programme = "WDK", field = "infrastructure", name_zh = "生态专班", name_en = "Ecology task force", lead_unit = "WZ-TRANSPORT",
            members = new[] { "KZ-TRANSPORT" }, convener_name = "赵刚", convener_post = "万州区交通局局长",
        })).StatusCode);

        // Kaizhou (a member of 万达开) and the all-city subscription hear of it; Yunyang's subscription, planned in the
        // same rounds, does not.
        bool Heard(Integration.WebhookReceiver receiver) => receiver.Requests.Any(r => r.Answered == 200
            && JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("code").GetString() == code);
        await Integration.WebhookTests.PumpUntilAsync(factory, () => Task.FromResult(Heard(kaizhou) && Heard(everyCity)), kaizhou);
        await Integration.WebhookTests.PumpUntilAsync(factory, () => Task.FromResult(true));
        Assert.False(Heard(yunyang));
        foreach (var subscription in subscriptions)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{subscription.GetProperty("id").GetGuid()}")).StatusCode);
        }
    }

    private static string? Data(JsonElement change, string name) =>
        change.GetProperty("data").TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Keys(JsonElement force) => force.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("key").GetString()!).ToList();

    private static async Task<List<string>> LedgerAsync(HttpClient client, string code) =>
        (await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?task_force={code}&limit=200"))).GetProperty("items").EnumerateArray()
            .Select(t => t.GetProperty("key").GetString()!).ToList();

    // Straight to the link set, as a handler that forgot the tasks' filter would: only the filter stands in the way.
    private async Task<int> HeldOnTheSetsAsync(string code, string city)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new CityOfficer(city);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.TaskForces.IgnoreQueryFilters([AppDbContext.VisibilityFilter]).Where(f => f.Code == code).Select(f => f.Id).SingleAsync();
        return await db.TaskForceTasks.CountAsync(l => l.TaskForceId == id);
    }
}
