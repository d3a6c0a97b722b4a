using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Platform;

[Collection(ApiCollection.Name)]
public sealed class ReferenceDataTests(ApiFactory factory)
{
    [Fact]
    public async Task ListJurisdictions_Should_ReturnTheFourTenantsWithTheirProvince()
    {
        var client = await factory.ClientForAsync("yy.admin");

        var list = await Json.ReadAsync(await client.GetAsync("/api/v1/jurisdictions"));

        Assert.Equal(["WZ", "DZ", "KZ", "YY"], list.EnumerateArray().Select(j => j.GetProperty("code").GetString()!).ToArray());
        var dazhou = list[1];
        Assert.Equal("四川省", dazhou.GetProperty("province_zh").GetString());
        Assert.Equal("prefecture_level_city", dazhou.GetProperty("kind").GetString());
        Assert.Equal(["DK", "WDK", "WDKY"], dazhou.GetProperty("programmes").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Fact]
    public async Task ListDepartments_Should_FindTheSameFunctionInEveryCity_When_FilteredByFunction()
    {
        var client = await factory.ClientForAsync("joint.office");

        var list = await Json.ReadAsync(await client.GetAsync("/api/v1/departments?function=water"));

        Assert.Equal(
            ["达州市水务局", "开州区水利局", "万州区水利局", "云阳县水利局"],
            list.EnumerateArray().Select(d => d.GetProperty("name_zh").GetString()!).ToArray());
    }

    [Fact]
    public async Task ListDepartments_Should_Answer400_When_TheJurisdictionIsUnknown()
    {
        var client = await factory.ClientForAsync("joint.office");

        var response = await client.GetAsync("/api/v1/departments?jurisdiction=CQ");

        var problem = await Json.ProblemAsync(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("jurisdiction", out _));
    }
}
