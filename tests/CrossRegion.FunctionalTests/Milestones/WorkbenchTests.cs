using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Milestones;

/// <summary>GET /api/v1/workbench: each person's work, which moves as they do it.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkbenchTests(ApiFactory factory)
{
    [Fact]
    public async Task Officer_Should_SeeWhatTheUnitOwes_Until_ItIsDone()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");

        var before = await WorkAsync(wanzhou);
        Assert.Equal("unit", before.GetProperty("kind").GetString());

        // Both milestones are past due on the test clock: Wanzhou owes both, signs its own, reports for the month.
        (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/sign-off", new { evidence = "验收报告" })).EnsureSuccessStatusCode();
        var reported = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", new { period = before.GetProperty("period").GetString(), narrative = "本月推进顺利", status = "on_track" });
        Assert.True(reported.IsSuccessStatusCode, await reported.Content.ReadAsStringAsync());

        // (The lists show the twenty most urgent; the ledger's 2023 tasks come first, so the counts tell.)
        var after = await WorkAsync(wanzhou);
        Assert.Equal(Red(before) - 1, Red(after));
        Assert.Equal(before.GetProperty("reports_due_count").GetInt32() - 1, after.GetProperty("reports_due_count").GetInt32());
    }

    [Fact]
    public async Task Coordinator_Should_SeeTheCity_UnitByUnit()
    {
        var work = await WorkAsync(await factory.ClientForAsync("dz.admin"));

        Assert.Equal("city", work.GetProperty("kind").GetString());
        Assert.Equal("DZ", work.GetProperty("jurisdiction").GetString());
        var units = work.GetProperty("units").EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("code").GetString() == "DZ-TRANSPORT" && u.GetProperty("tasks").GetInt32() > 0);
        Assert.All(units, u => Assert.StartsWith("DZ-", u.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task JointOffice_Should_SeeTheDecisionsWaiting()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var before = (await WorkAsync(office)).GetProperty("office");
        var wanzhou = await factory.ClientForAsync("wz.transport");
        (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/extensions", new { due_date = "2027-06-30", reason = "征地延误" })).EnsureSuccessStatusCode();

        var work = await WorkAsync(office);

        Assert.Equal("joint_office", work.GetProperty("kind").GetString());
        var after = work.GetProperty("office");
        Assert.Equal(Decisions(before, "extension") + 1, Decisions(after, "extension"));
        Assert.Contains(after.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("kind").GetString() == "extension");
        Assert.Contains(after.GetProperty("overdue_by_city").EnumerateArray(), c => c.GetProperty("code").GetString() == "WZ" && c.GetProperty("count").GetInt32() > 0);
    }

    [Fact]
    public async Task Workbench_Should_BeTheLedgerToReaders_AndClosedToMachines()
    {
        Assert.Equal("reader", (await WorkAsync(await factory.ClientForAsync("province.observer"))).GetProperty("kind").GetString());
        var machine = await factory.MachineClientAsync("sichuan.dashboard", "Demo#2023-client-secret");
        await Json.ProblemAsync(await machine.GetAsync("/api/v1/workbench"), 403);
    }

    private static int Decisions(JsonElement office, string kind) =>
        office.GetProperty("decision_counts").EnumerateArray().Single(c => c.GetProperty("code").GetString() == kind).GetProperty("count").GetInt32();

    private static int Red(JsonElement work) => work.GetProperty("owed_lights").GetProperty("red").GetInt32();

    private static async Task<JsonElement> WorkAsync(HttpClient client) => await Json.ReadAsync(await client.GetAsync("/api/v1/workbench"));
}
