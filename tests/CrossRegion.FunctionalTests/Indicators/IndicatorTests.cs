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
        Assert.Equal(41, codes.Count);
    }

    [Fact]
    public async Task WanzhousPlanFor2024_Should_Hold34IndicatorsAnd3Subs_CarryingLastYearsByName()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var items = await AllAsync(wanzhou, "programme=WZPLAN&year=2024");

        // 表4: "共34项指标，其中约束性指标4项、预期性指标30项", and three "#" rows.
        Assert.Equal(37, items.Count);
        Assert.Equal(34, items.Count(i => i.GetProperty("parent").ValueKind == JsonValueKind.Null));
        Assert.Equal(4, items.Count(i => i.GetProperty("attribute").GetString() == "binding"));
        Assert.Equal(30, items.Count(i => i.GetProperty("attribute").GetString() == "expected" && i.GetProperty("parent").ValueKind == JsonValueKind.Null));
        Assert.Equal(["WZPLAN-06", "WZPLAN-10", "WZPLAN-21"], items.Where(i => i.GetProperty("parent").ValueKind != JsonValueKind.Null).Select(i => i.GetProperty("parent").GetString()!).Order(StringComparer.Ordinal));

        // The same indicator carries both years' targets (23 of them); a new one takes the year in its code.
        Assert.Equal(23, items.Count(i => i.GetProperty("targets").GetArrayLength() == 2));
        var gdp = items.Single(i => i.GetProperty("code").GetString() == "WZPLAN-01");
        Assert.Equal(["6.5以上", "7"], gdp.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("text").GetString()!));
        var farming = items.Single(i => i.GetProperty("name_zh").GetString() == "农业增加值增速");
        Assert.Equal("WZPLAN-2024-03", farming.GetProperty("code").GetString());
        Assert.Equal("WZPLAN-06-1", items.Single(i => i.GetProperty("name_zh").GetString() == "工业投资增速").GetProperty("code").GetString());
        var rd = Target(items.Single(i => i.GetProperty("name_zh").GetString() == "R&D占GDP比重"), 2024);
        Assert.Equal(("relative_change", 0.3m, 2023), (rd.GetProperty("kind").GetString(), rd.GetProperty("value").GetDecimal(), rd.GetProperty("reference_year").GetInt32()));
        Assert.Equal("about", Target(items.Single(i => i.GetProperty("name_zh").GetString() == "粮食产量"), 2024).GetProperty("kind").GetString());

        // A 2023 target met is done; one below is red; 2024's figures were due by the end of January 2025.
        Assert.Equal("done", Target(gdp).GetProperty("light").GetString());
        Assert.Equal("red", Target(items.Single(i => i.GetProperty("name_zh").GetString() == "实际使用外资")).GetProperty("light").GetString());
        Assert.Equal("2025-01-31", Target(gdp, 2024).GetProperty("due_on").GetString());
    }

    [Fact]
    public async Task KaizhousFiveYearTable_Should_Hold26Indicators_SeenByKaizhouAlone()
    {
        var kaizhou = await factory.ClientForAsync("kz.admin");
        var items = await AllAsync(kaizhou, "programme=KZPLAN");

        // 专栏2: 26 indicators, 8 约束性 and 18 预期性, two targets 重庆下达, one cell left empty in the printed table.
        Assert.Equal(26, items.Count);
        Assert.Equal(8, items.Count(i => i.GetProperty("attribute").GetString() == "binding"));
        Assert.Equal(18, items.Count(i => i.GetProperty("attribute").GetString() == "expected"));
        var targets = items.Select(i => Target(i, 2025)).ToList();
        Assert.Equal(2, targets.Count(t => t.GetProperty("kind").GetString() == "set_from_above"));
        Assert.Single(targets, t => t.GetProperty("kind").GetString() == "unstated");
        var ratio = Target(items.Single(i => i.GetProperty("name_zh").GetString() == "城乡居民收入比"), 2025);
        Assert.Equal(("2.1:1", "at_most", 2.1m), (ratio.GetProperty("text").GetString(), ratio.GetProperty("kind").GetString(), ratio.GetProperty("value").GetDecimal()));
        var growth = Target(items.Single(i => i.GetProperty("code").GetString() == "KZPLAN-01"), 2025);
        Assert.Equal(("7*左右", "about", 7m), (growth.GetProperty("text").GetString(), growth.GetProperty("kind").GetString(), growth.GetProperty("value").GetDecimal()));
        Assert.Equal("at_most", Target(items.Single(i => i.GetProperty("name_zh").GetString() == "城镇调查失业率"), 2025).GetProperty("kind").GetString());

        foreach (var outsider in new[] { "wz.admin", "joint.office", "province.observer" })
        {
            Assert.Empty(await AllAsync(await factory.ClientForAsync(outsider), "programme=KZPLAN"));
        }

        await Json.ProblemAsync(await (await factory.ClientForAsync("wz.admin")).GetAsync("/api/v1/indicators/KZPLAN-01"), 404);
    }

    [Fact]
    public async Task FourAreaTargets_Should_BeSeenByEveryCity_AsTotalsOfTheirParts()
    {
        foreach (var user in new[] { "wz.admin", "dz.admin", "kz.admin", "yy.admin", "joint.office" })
        {
            var items = await AllAsync(await factory.ClientForAsync(user), "programme=WDKY&year=2027");
            Assert.Equal(14, items.Count);
            Assert.All(items, i => Assert.True(i.GetProperty("sums_cities").GetBoolean()));
            Assert.All(items, i => Assert.Equal(["DZ", "KZ", "WZ", "YY"], i.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!)));
        }

        var gdp = Json.ReadAsync(await (await factory.ClientForAsync("dz.admin")).GetAsync("/api/v1/indicators/WDKY-01"));
        var target = Target(await gdp, 2027);
        Assert.Equal(("7450", "at_least", "not_reported"), (target.GetProperty("text").GetString(), target.GetProperty("kind").GetString(), target.GetProperty("attainment").GetString()));
    }

    [Fact]
    public async Task ReportingAnActual_Should_JudgeTheYear_And_AskForTheRevisionItReplaces()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        const string path = "/api/v1/indicators/WZPLAN-2024-08/actuals/2024";

        // 规上工业企业利润增速: 12 in 2024. A first report is created, judged, and carries its revision as the ETag.
        var created = await wanzhou.PutAsync(path, System.Net.Http.Json.JsonContent.Create(new { value = 10.5m }, options: Json.Snake));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var body = await Json.ReadAsync(created);
        Assert.Equal(("WZ", "10.5", 1), (body.GetProperty("actual").GetProperty("jurisdiction").GetString(), body.GetProperty("actual").GetProperty("text").GetString(), body.GetProperty("actual").GetProperty("revision").GetInt32()));
        Assert.Equal(("not_met", "red"), (Target(body.GetProperty("indicator"), 2024).GetProperty("attainment").GetString(), Target(body.GetProperty("indicator"), 2024).GetProperty("light").GetString()));

        // A revision names the one it replaces: none is 428, an old one 412, the current one revises.
        var revised = new { value = 12.6m, text = "12.6" };
        await Json.ProblemAsync(await wanzhou.PutAsync(path, System.Net.Http.Json.JsonContent.Create(revised, options: Json.Snake)), 428);
        await Json.ProblemAsync(await wanzhou.PutSnakeAsync(path, revised, "\"7\""), 412);
        var ok = await wanzhou.PutSnakeAsync(path, revised, "\"1\"");
        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
        var after = await Json.ReadAsync(ok);
        Assert.Equal((2, "met", "done"), (after.GetProperty("actual").GetProperty("revision").GetInt32(), Target(after.GetProperty("indicator"), 2024).GetProperty("attainment").GetString(), Target(after.GetProperty("indicator"), 2024).GetProperty("light").GetString()));
        Assert.Equal(12.6m, Target(await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/indicators/WZPLAN-2024-08")), 2024).GetProperty("actual").GetDecimal());

        // Not yet in (市级暂未反馈): no figure, not judged.
        var pending = await wanzhou.PutSnakeAsync("/api/v1/indicators/WZPLAN-2024-04/actuals/2024", new { pending = true, text = "市级暂未反馈" }, null);
        Assert.Equal("not_reported", Target((await Json.ReadAsync(pending)).GetProperty("indicator"), 2024).GetProperty("attainment").GetString());

        // Bad input is refused with the field named, and nothing is stored.
        foreach (var (period, bad, field) in new (string, object, string)[]
        {
            ("2024-Q1", new { value = 1 }, "period"),
            ("2027", new { value = 1 }, "period"),
            ("24", new { value = 1 }, "period"),
            ("2024", new { text = "良好" }, "value"),
            ("2024", new { pending = true, value = 1 }, "value"),
            ("2024", new { }, "text"),
        })
        {
            var problem = await Json.ProblemAsync(await wanzhou.PutSnakeAsync($"/api/v1/indicators/WZPLAN-2024-09/actuals/{period}", bad, null), 400);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{period} {JsonSerializer.Serialize(bad)}: {problem}");
        }

        Assert.Empty((await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/indicators/WZPLAN-2024-09"))).GetProperty("actuals").EnumerateArray());

        // Only the owning city's coordinator reports: another city does not see it, an officer and the joint office may not.
        await Json.ProblemAsync(await (await factory.ClientForAsync("dz.admin")).PutSnakeAsync("/api/v1/indicators/WZPLAN-2024-09/actuals/2024", new { value = 1 }, null), 404);
        await Json.ProblemAsync(await (await factory.ClientForAsync("wz.transport")).PutSnakeAsync("/api/v1/indicators/WZPLAN-2024-09/actuals/2024", new { value = 1 }, null), 403);
        await Json.ProblemAsync(await (await factory.ClientForAsync("joint.office")).PutSnakeAsync("/api/v1/indicators/WDKY-02/actuals/2026", new { value = 1 }, null), 403);
        await Json.ProblemAsync(await wanzhou.PutSnakeAsync("/api/v1/indicators/WDKY-02/actuals/2026", new { value = 1, jurisdiction = "DZ" }, null), 403);
    }

    private static JsonElement Target(JsonElement indicator, int year = 2023) =>
        indicator.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == year);

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
