using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>
/// /api/v1/admin/departments: a city administrator runs its own city's units and nothing of another city's (404 for
/// their units, 403 for creating there); units are retired, never deleted, and not while work or people depend on
/// them; short names are unique within a city.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DepartmentAdministrationTests(ApiFactory factory)
{
    [Fact]
    public async Task CityAdministrator_Should_AddAUnitToItsCity_That_TheCatalogueThenLists()
    {
        var yunyang = await factory.ClientForAsync("yy.admin");
        var code = NewCode("YY");

        var response = await yunyang.PostAsJsonAsync("/api/v1/admin/departments", new
        {
            code, jurisdiction = "YY", name_zh = "云阳县港口物流中心" + code[^4..], name_en = "Yunyang Port Logistics Centre", function = "logistics",
            kind = "other", parent = "YY-TRANSPORT", aliases = new[] { "县港口物流中心" + code[^4..] },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json.ReadAsync(response);
        Assert.Equal("other", created.GetProperty("kind").GetString());
        Assert.Equal("YY-TRANSPORT", created.GetProperty("parent").GetString());
        var listed = await Json.ReadAsync(await yunyang.GetAsync("/api/v1/departments?jurisdiction=YY"));
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Department" && a.Action == "created" && a.Changes.Contains(code))
            .Select(a => a.ActorName).ToListAsync());
        Assert.Equal(["yy.admin"], audited);
    }

    [Fact]
    public async Task CityAdministrator_Should_Get403CreatingInAnotherCity_And_404ForItsUnits()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");

        var create = await wanzhou.PostAsJsonAsync("/api/v1/admin/departments", new
        {
            code = NewCode("DZ"), jurisdiction = "DZ", name_zh = "达州市测试局", name_en = "Test", function = "other",
        });

        await Json.ProblemAsync(create, 403);
        await Json.ProblemAsync(await wanzhou.PatchAsJsonAsync("/api/v1/admin/departments/DZ-TRANSPORT", new { name_en = "Hijacked" }), 404);
        await Json.ProblemAsync(await wanzhou.PostAsync("/api/v1/admin/departments/DZ-TRANSPORT/retire", null), 404);
        var own = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/admin/departments"));
        Assert.All(own.EnumerateArray(), d => Assert.Equal("WZ", d.GetProperty("jurisdiction").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync("wz.transport")).GetAsync("/api/v1/admin/departments")).StatusCode);
    }

    [Fact]
    public async Task Create_Should_Answer409_When_TheCodeOrAShortNameIsTaken_And_CreateNothing()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var code = NewCode("WZ");

        var takenCode = await wanzhou.PostAsJsonAsync("/api/v1/admin/departments", new
        {
            code = "WZ-TRANSPORT", jurisdiction = "WZ", name_zh = "万州区另一个交通局", name_en = "Another", function = "transport",
        });
        var takenAlias = await wanzhou.PostAsJsonAsync("/api/v1/admin/departments", new
        {
            code, jurisdiction = "WZ", name_zh = "万州区交通运输综合执法支队", name_en = "Enforcement", function = "transport", aliases = new[] { "区交通局" },
        });

        Assert.Equal("department.duplicate", (await Json.ProblemAsync(takenCode, 409)).GetProperty("rule").GetString());
        Assert.Equal("department_name.duplicate", (await Json.ProblemAsync(takenAlias, 409)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await wanzhou.PatchAsJsonAsync($"/api/v1/admin/departments/{code}", new { name_en = "x" })).StatusCode);
    }

    [Fact]
    public async Task Retire_Should_Answer422_While_TheUnitHasWorkOrPeople_And_RetireAnIdleOne()
    {
        var dazhou = await factory.ClientForAsync("dz.admin");
        var code = NewCode("DZ");
        Assert.Equal(HttpStatusCode.Created, (await dazhou.PostAsJsonAsync("/api/v1/admin/departments", new
        {
            code, jurisdiction = "DZ", name_zh = "达州市临时指挥部" + code[^4..], name_en = "Temporary HQ", function = "other",
        })).StatusCode);

        var busy = await Json.ProblemAsync(await dazhou.PostAsync("/api/v1/admin/departments/DZ-TRANSPORT/retire", null), 422);
        var retired = await dazhou.PostAsync($"/api/v1/admin/departments/{code}/retire", null);

        Assert.Equal("department.in_use", busy.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await Json.ReadAsync(retired)).GetProperty("retired_at").ValueKind);
        Assert.DoesNotContain((await Json.ReadAsync(await dazhou.GetAsync("/api/v1/departments?jurisdiction=DZ"))).EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        Assert.Contains((await Json.ReadAsync(await dazhou.GetAsync("/api/v1/departments?jurisdiction=DZ&include_retired=true"))).EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        var user = await dazhou.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = "t.retired" + code[^4..].ToLowerInvariant(), display_name = "x", jurisdiction = "DZ", department = code, roles = new[] { "department_officer" },
        });
        Assert.True((await Json.ProblemAsync(user, 400)).GetProperty("errors").TryGetProperty("department", out _));
        Assert.Equal(HttpStatusCode.OK, (await dazhou.PostAsync($"/api/v1/admin/departments/{code}/reinstate", null)).StatusCode);
    }

    [Fact]
    public async Task Catalogue_Should_HoldYunyangsUnits_And_TheUnitsTheOfficialListsName()
    {
        var office = await factory.ClientForAsync("joint.office");

        var all = (await Json.ReadAsync(await office.GetAsync("/api/v1/departments"))).EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!);

        Assert.True(all.Values.Count(d => d.GetProperty("jurisdiction").GetString() == "YY") >= 15);
        Assert.Equal("万州区税务局", all["WZ-TAX"].GetProperty("name_zh").GetString());
        Assert.Equal("WZ-EDZ", all["WZ-EDZ-ECONOMY"].GetProperty("parent").GetString());
        Assert.Equal("state_owned_company", all["WZ-BONDED-CO"].GetProperty("kind").GetString());
        Assert.Equal("development_zone", all["DZ-EASTERN-EDZ"].GetProperty("kind").GetString());
        Assert.Contains("区医保局", all["WZ-MEDICAL-SECURITY"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    private static string NewCode(string city) => $"{city}-T{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
}
