using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Tasks;

[Collection(ApiCollection.Name)]
public sealed class TaskDetailTests(ApiFactory factory)
{
    [Fact]
    public async Task GetTask_Should_ReturnTheWholeLogisticsPort_When_ItHasSubProjectsInEveryCity()
    {
        var client = await factory.ClientForAsync("joint.office");

        var task = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-07"));

        Assert.Equal("启动运营川渝东出智慧物流港", task.GetProperty("title_zh").GetString());
        Assert.Equal(["WDK-2023-07-01", "WDK-2023-07-02", "WDK-2023-07-03"], Keys(task.GetProperty("sub_tasks")));
        var yunyang = Party(task, "YY");
        Assert.Equal("participant", yunyang.GetProperty("role").GetString());
        Assert.Equal(0, yunyang.GetProperty("departments").GetArrayLength());
        Assert.Equal(
            ["KZ-PULI", "KZ-TRANSPORT"],
            Party(task, "KZ").GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToArray());

        var measures = task.GetProperty("targets")[0].GetProperty("measures").EnumerateArray().ToList();
        var wanzhou = measures.Single(m => m.GetProperty("jurisdiction").GetString() == "WZ");
        Assert.Equal(2.75m, wanzhou.GetProperty("value").GetDecimal());
        Assert.Equal("亿元", wanzhou.GetProperty("unit").GetString());
        var freight = measures.Single(m => m.GetProperty("jurisdiction").ValueKind == JsonValueKind.Null);
        Assert.Equal("exceeds", freight.GetProperty("comparator").GetString());
        Assert.Equal(500m, freight.GetProperty("value").GetDecimal());

        var firstQuarter = task.GetProperty("milestones")[0];
        Assert.Equal("2023-03-31", firstQuarter.GetProperty("due_date").GetString());
        Assert.Equal("quarter", firstQuarter.GetProperty("due_precision").GetString());
        Assert.Equal(["WZ"], firstQuarter.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!).ToArray());
        Assert.True(firstQuarter.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task GetTask_Should_ShowTheRoadsNamesAndShares_When_AKaizhouOfficerAsks()
    {
        var client = await factory.ClientForAsync("kz.transport");

        var task = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-04"));

        Assert.Equal("2021—2025年", task.GetProperty("period").GetProperty("text").GetString());
        Assert.Equal(2021, task.GetProperty("period").GetProperty("start_year").GetInt32());
        Assert.Equal("continuing", task.GetProperty("stage").GetString());
        Assert.Contains("万达直线高速公路", task.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["KZ", "WZ"], task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order().ToArray());
        Assert.Equal(4, task.GetProperty("targets")[0].GetProperty("measures").GetArrayLength());
        Assert.Equal(5, task.GetProperty("milestones").GetArrayLength());
        Assert.Equal(4, task.GetProperty("source").GetProperty("row").GetInt32());
        Assert.Contains("万州府办发〔2023〕12号", task.GetProperty("source").GetProperty("document").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTask_Should_LinkTheParent_When_ASubTaskIsRead()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var task = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-07-02"));

        Assert.Equal("WDK-2023-07", task.GetProperty("parent").GetProperty("key").GetString());
        Assert.Equal(["DZ"], task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).ToArray());
    }

    [Fact]
    public async Task GetTask_Should_HideSubTasksOfOtherCities_When_ACityReadsTheParent()
    {
        var client = await factory.ClientForAsync("dz.admin");

        var task = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-07"));

        Assert.Equal(["WDK-2023-07-02"], Keys(task.GetProperty("sub_tasks")));
    }

    private static string[] Keys(JsonElement links) => links.EnumerateArray().Select(l => l.GetProperty("key").GetString()!).ToArray();

    private static JsonElement Party(JsonElement task, string jurisdiction) =>
        task.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("jurisdiction").GetString() == jurisdiction);
}
