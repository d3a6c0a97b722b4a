using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Milestones;

/// <summary>A task of the test's own: WZ, DZ and KZ responsible (transport units), Yunyang a participant; two milestones.</summary>
public static class TestTasks
{
    public static async Task<(string Key, Guid Joint, Guid WanzhouOnly)> CreateThreeCityTaskAsync(
        ApiFactory factory, bool withKaizhou = true, TargetBody[]? targets = null)
    {
        var office = await factory.ClientForAsync("joint.office");
        PartyBody[] parties = withKaizhou
            ? [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("DZ", "responsible", null, ["DZ-TRANSPORT"]), new("KZ", "responsible", null, ["KZ-TRANSPORT"]), new("YY", "participant", null, null)]
            : [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("DZ", "responsible", null, ["DZ-TRANSPORT"])];
        var body = new TaskBody(
            $"WDK-2024-S{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "infrastructure", "三地联通道路", "Three-city link road",
            [], new("2024年", 2024, 2024), "联通道路建设。", null, null, parties, targets ?? [],
            [new("全线贯通", "Opened end to end", new DateOnly(2024, 6, 30), "month", []), new("万州段验收", "Wanzhou section accepted", new DateOnly(2024, 3, 31), "quarter", ["WZ"])]);
        var created = await Json.ReadAsync(await office.PostSnakeAsync("/api/v1/tasks", body));
        var milestones = created.GetProperty("milestones").EnumerateArray().ToList();
        Guid Id(string title) => milestones.Single(m => m.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
        return (body.key, Id("全线贯通"), Id("万州段验收"));
    }

    public static JsonElement Milestone(JsonElement task, Guid id) =>
        task.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
}
