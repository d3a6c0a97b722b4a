using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>POST /api/v1/admin/users/import: a city's people from a table, dry run first, then all or nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserImportTests(ApiFactory factory)
{
    [Fact]
    public async Task Import_Should_ReportEveryRow_Then_CreateAllWithSetupLinks()
    {
        var admin = await factory.ClientForAsync("yy.admin");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            用户名,姓名,地区,单位,角色,邮箱,电话
            t.yy1{tag},云阳县交通局 张三,YY,县交通局,department_officer,zhang@yunyang.example.cn,023-5512-3456
            t.yy2{tag},云阳县发展改革委 李四,YY,YY-DRC,department_officer department_head,,
            t.yy3{tag},云阳县 协调人,YY,,city_coordinator,,
            """;

        var dry = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/users/import", Csv(csv)));
        Assert.False(dry.GetProperty("committed").GetBoolean());
        Assert.Equal(3, dry.GetProperty("valid").GetInt32());
        Assert.Equal("YY-TRANSPORT", dry.GetProperty("rows")[0].GetProperty("department").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/users/t.yy1{tag}")).StatusCode);

        var committed = await admin.PostAsync("/api/v1/admin/users/import?commit=true", Csv(csv));

        Assert.Equal(HttpStatusCode.Created, committed.StatusCode);
        var rows = (await Json.ReadAsync(committed)).GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("setup_token").GetString())));
        var token = rows[0].GetProperty("setup_token").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/setup", new { token, password = "Yunyang#Harbour2026" })).StatusCode);
        var person = await factory.ClientForAsync($"t.yy1{tag}", "Yunyang#Harbour2026");
        Assert.Equal("YY-TRANSPORT", (await Json.ReadAsync(await person.GetAsync("/api/v1/me"))).GetProperty("department").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Commit_Should_CreateNobody_When_OneRowIsBad()
    {
        var admin = await factory.ClientForAsync("wz.admin");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            username,display_name,jurisdiction,department,roles
            t.ok{tag},Good row,WZ,WZ-TRANSPORT,department_officer
            t.dz{tag},Another city,DZ,DZ-TRANSPORT,department_officer
            t.sys{tag},Too much,WZ,,system_administrator
            wz.transport,Taken,WZ,WZ-TRANSPORT,department_officer
            t.unit{tag},No such unit,WZ,区不存在局,department_officer
            t.ok{tag},Twice,WZ,WZ-TRANSPORT,department_officer
            """;

        var problem = await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/users/import?commit=true", Csv(csv)), 422);

        Assert.Equal("import_rejected", problem.GetProperty("code").GetString());
        var rows = problem.GetProperty("report").GetProperty("rows").EnumerateArray().ToList();
        Assert.Empty(rows[0].GetProperty("errors").EnumerateArray());
        Assert.All(rows.Skip(1), r => Assert.NotEmpty(r.GetProperty("errors").EnumerateArray()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/users/t.ok{tag}")).StatusCode);
        Assert.Equal("csv_columns", (await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/users/import", Csv("name\nx\n")), 400)).GetProperty("code").GetString());
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
