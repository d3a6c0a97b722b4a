using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Reports;

/// <summary>Status lights per milestone, party and task, and the ledger's light filter.</summary>
[Collection(ApiCollection.Name)]
public sealed class StatusLightTests(ApiFactory factory)
{
    private DateOnly Today => factory.Today;

    [Fact]
    public async Task Lights_Should_FollowTheMilestoneDates()
    {
        var far = await CreateAsync(Today.AddYears(1));
        var soon = await CreateAsync(Today.AddDays(1), Today.AddYears(1));
        var late = await CreateAsync(Today.AddDays(-1), Today.AddDays(1));
        var client = await factory.ClientForAsync("joint.office");

        Assert.Equal("green", await LightAsync(client, far));
        Assert.Equal("yellow", await LightAsync(client, soon));
        var task = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{late}"));
        Assert.Equal("red", task.GetProperty("light").GetString());
        Assert.Equal(["red", "yellow"], task.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("light").GetString()));
        Assert.All(task.GetProperty("parties").EnumerateArray(), p => Assert.Equal("red", p.GetProperty("light").GetString()));
    }

    [Fact]
    public async Task AReportedBlock_Should_TurnThePartyAndTheTaskRed_And_AtRiskYellow()
    {
        var key = await CreateAsync(Today.AddYears(1));
        var client = await factory.ClientForAsync("joint.office");

        await (await factory.ClientForAsync("dz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.Body("at_risk", "资金到位慢"));
        Assert.Equal("yellow", await LightAsync(client, key));
        Assert.Contains(key, await KeysAsync(client, "yellow"));

        await (await factory.ClientForAsync("wz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.Body("blocked", "用地指标未落实"));
        var task = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("red", task.GetProperty("light").GetString());
        var parties = task.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("jurisdiction").GetString()!);
        Assert.Equal("red", parties["WZ"].GetProperty("light").GetString());
        Assert.Equal("blocked", parties["WZ"].GetProperty("reported_status").GetString());
        Assert.Equal("yellow", parties["DZ"].GetProperty("light").GetString());
        Assert.Equal("green", parties["KZ"].GetProperty("light").GetString());
        Assert.Contains(key, await KeysAsync(client, "red"));
        Assert.DoesNotContain(key, await KeysAsync(client, "yellow"));

        // The next month's report supersedes the block.
        await (await factory.ClientForAsync("wz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.BodyFor(ReportPeriodThisMonth(), "on_track", null));
        Assert.Equal("yellow", await LightAsync(client, key));
    }

    [Fact]
    public async Task TheLedgerFilter_Should_AgreeWithTheLightOfEveryRow()
    {
        await CreateAsync(Today.AddDays(2));
        await CreateAsync(Today.AddDays(-3));
        var client = await factory.ClientForAsync("joint.office");

        var all = await RowsAsync(client, null);
        foreach (var light in new[] { "done", "green", "yellow", "red" })
        {
            var filtered = (await RowsAsync(client, light)).Select(r => r.GetProperty("key").GetString()).ToHashSet();
            var expected = all.Where(r => r.GetProperty("light").GetString() == light).Select(r => r.GetProperty("key").GetString()).ToHashSet();
            Assert.True(expected.SetEquals(filtered), $"{light}: filter gave {filtered.Count}, rows say {expected.Count}");
        }

        Assert.Contains(all, r => r.GetProperty("light").GetString() == "red");
        await Json.ProblemAsync(await client.GetAsync("/api/v1/tasks?light=purple"), 400);
    }

    private string ReportPeriodThisMonth() => Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> CreateAsync(params DateOnly[] dues)
    {
        var office = await factory.ClientForAsync("joint.office");
        var body = new TaskBody(
            $"WDK-2024-L{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "infrastructure", "信号灯测试道路", "Light test road",
            [], new("2024—2027年", 2024, 2027), "道路建设。", null, null,
            [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("DZ", "responsible", null, ["DZ-TRANSPORT"]), new("KZ", "responsible", null, ["KZ-TRANSPORT"])],
            [],
            dues.Select((due, i) => new MilestoneBody($"节点{i + 1}", null, due, "day", i == 0 ? [] : ["WZ", "DZ", "KZ"])).ToArray());
        var response = await office.PostSnakeAsync("/api/v1/tasks", body);
        response.EnsureSuccessStatusCode();
        return body.key;
    }

    private static async Task<string?> LightAsync(HttpClient client, string key) =>
        (await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("light").GetString();

    private static async Task<List<string?>> KeysAsync(HttpClient client, string light) =>
        (await RowsAsync(client, light)).Select(r => r.GetProperty("key").GetString()).ToList();

    private static async Task<List<JsonElement>> RowsAsync(HttpClient client, string? light)
    {
        var rows = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var query = $"/api/v1/tasks?limit=200{(light is null ? "" : $"&light={light}")}{(cursor is null ? "" : $"&cursor={cursor}")}";
            var page = await Json.ReadAsync(await client.GetAsync(query));
            rows.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);
        return rows;
    }
}
