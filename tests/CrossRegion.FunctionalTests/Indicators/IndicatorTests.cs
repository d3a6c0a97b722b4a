using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Indicators;

/// <summary>
/// Wanzhou's 2023 indicator table (表1 of its 2023 plan report), shipped as its own programme WZPLAN: the counts, a few
/// values, each target read and judged as the report judges them (20 of the 23 reported met, 2 not yet fed back by the
/// municipality), and the table seen by Wanzhou alone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IndicatorTests(ApiFactory factory)
{
    [Fact]
    public async Task WanzhousTable_Should_HoldTheReportsRows_And_JudgeThemAsTheReportDoes()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var items = await AllAsync(wanzhou, "programme=WZPLAN&year=2023");

        // 25 indicators and 2 sub-indicators (the "#" rows), 4 of them binding (starred).
        Assert.Equal(27, items.Count);
        var top = items.Where(i => i.GetProperty("parent").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(25, top.Count);
        Assert.Equal(["WZPLAN-10", "WZPLAN-21"], items.Where(i => i.GetProperty("parent").ValueKind != JsonValueKind.Null).Select(i => i.GetProperty("parent").GetString()!).Order());
        Assert.Equal(4, items.Count(i => i.GetProperty("attribute").GetString() == "binding"));
        Assert.Equal(2, items.Count(i => i.GetProperty("actuals").EnumerateArray().Any(a => a.GetProperty("pending").GetBoolean())));

        // "其余23指标中20项达到或超过年度目标，3项指标低于预期": the same judgement, row by row.
        var attainment = top.ToDictionary(i => i.GetProperty("name_zh").GetString()!, i => Target(i).GetProperty("attainment").GetString());
        Assert.Equal(20, attainment.Values.Count(a => a == "met"));
        Assert.Equal(["全体居民人均可支配收入增速", "实际使用外资", "空气质量优良天数"], attainment.Where(a => a.Value == "not_met").Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["战略性新兴产业增加值增速", "节能减排降碳"], attainment.Where(a => a.Value == "not_reported").Select(a => a.Key).Order(StringComparer.Ordinal));

        var gdp = Target(items.Single(i => i.GetProperty("code").GetString() == "WZPLAN-01"));
        Assert.Equal(("at_least", 6.5m, 6.9m), (gdp.GetProperty("kind").GetString(), gdp.GetProperty("value").GetDecimal(), gdp.GetProperty("actual").GetDecimal()));
        var rd = Target(items.Single(i => i.GetProperty("name_zh").GetString() == "R&D占GDP比重"));
        Assert.Equal(("relative_change", 0.2m, 2022), (rd.GetProperty("kind").GetString(), rd.GetProperty("value").GetDecimal(), rd.GetProperty("reference_year").GetInt32()));
        var water = items.Single(i => i.GetProperty("name_zh").GetString() == "长江干流水质");
        Assert.Equal(("categorical", "binding", "met"), (Target(water).GetProperty("kind").GetString(), water.GetProperty("attribute").GetString(), Target(water).GetProperty("attainment").GetString()));
        var rural = items.Single(i => i.GetProperty("name_zh").GetString() == "农村居民人均可支配收入增速");
        Assert.Equal(("about", "met"), (Target(rural).GetProperty("kind").GetString(), Target(rural).GetProperty("attainment").GetString()));
        Assert.Equal("%", rural.GetProperty("unit").GetString());
        Assert.Equal("Per capita disposable income of rural residents: growth (%)", rural.GetProperty("name_en").GetString());
    }

    [Fact]
    public async Task WanzhousTable_Should_BeSeenByWanzhouAlone()
    {
        foreach (var outsider in new[] { "dz.admin", "joint.office", "province.observer" })
        {
            var client = await factory.ClientForAsync(outsider);
            Assert.Empty(await AllAsync(client, "programme=WZPLAN"));
            Assert.DoesNotContain(await AllAsync(client, ""), i => i.GetProperty("programme").GetString() == "WZPLAN");
        }

        await Json.ProblemAsync(await (await factory.ClientForAsync("wz.admin")).GetAsync("/api/v1/indicators?attribute=strict"), 400);
    }

    [Fact]
    public async Task Indicators_Should_PageInCodeOrder()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var first = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/indicators?programme=WZPLAN&limit=10"));
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var codes = (await AllAsync(wanzhou, "programme=WZPLAN", 10)).Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(27, codes.Count);
    }

    private static JsonElement Target(JsonElement indicator) =>
        indicator.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2023);

    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string query, int limit = 100)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/indicators?{query}&limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}")));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);
        return items;
    }
}
