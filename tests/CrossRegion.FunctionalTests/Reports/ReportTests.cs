using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Reports;

/// <summary>
/// 月调度 on a task of the test's own: WZ, DZ and KZ responsible (transport units), Yunyang a participant; a 2024
/// target with Wanzhou's investment in 亿元 and an aggregate freight volume in 万吨.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportTests(ApiFactory factory)
{
    private const string Period = "2026-10";

    [Fact]
    public async Task Submit_Should_StoreTheReport_With_ValuesNormalisedToTheMeasureUnit()
    {
        var (key, measures) = await CreateAsync();
        var client = await factory.ClientForAsync("wz.transport");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body(
            "at_risk", "征地进度滞后", (measures.Investment, 2500m, "万元"), (measures.Freight, 3_000_000m, "吨")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await Json.ReadAsync(response);
        Assert.Equal($"/api/v1/tasks/{key}/reports/{report.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("WZ", report.GetProperty("jurisdiction").GetString());
        Assert.Equal(1, report.GetProperty("revision").GetInt32());
        Assert.True(report.GetProperty("current").GetBoolean());
        Assert.Equal("at_risk", report.GetProperty("status").GetString());
        Assert.Equal("wz.transport", report.GetProperty("submitted_by").GetString());
        var values = report.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("measure_id").GetGuid());
        Assert.Equal(0.25m, values[measures.Investment].GetProperty("normalised_value").GetDecimal());
        Assert.Equal("亿元", values[measures.Investment].GetProperty("normalised_unit").GetString());
        Assert.Equal(2500m, values[measures.Investment].GetProperty("value").GetDecimal());
        Assert.Equal(300m, values[measures.Freight].GetProperty("normalised_value").GetDecimal());
    }

    [Fact]
    public async Task Resubmission_Should_AddARevision_And_KeepTheEarlierOneReadable()
    {
        var (key, _) = await CreateAsync();
        var client = await factory.ClientForAsync("dz.transport");
        var first = await Json.ReadAsync(await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null)));

        var second = await Json.ReadAsync(await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("blocked", "环评未批复")));

        Assert.Equal(2, second.GetProperty("revision").GetInt32());
        var earlier = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/reports/{first.GetProperty("id").GetGuid()}"));
        Assert.Equal("on_track", earlier.GetProperty("status").GetString());
        Assert.False(earlier.GetProperty("latest").GetBoolean());
        Assert.False(earlier.GetProperty("current").GetBoolean());

        var reader = await factory.ClientForAsync("kz.admin");
        var latest = await Json.ReadAsync(await reader.GetAsync($"/api/v1/tasks/{key}/reports"));
        var all = await Json.ReadAsync(await reader.GetAsync($"/api/v1/tasks/{key}/reports?all_revisions=true&jurisdiction=DZ&period={Period}"));
        Assert.Equal(second.GetProperty("id").GetGuid(), Assert.Single(latest.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal([2, 1], all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
    }

    [Fact]
    public async Task ALaterMonth_Should_BecomeCurrent_While_ALateReportOnAnEarlierMonthDoesNot()
    {
        var (key, _) = await CreateAsync();
        var client = await factory.ClientForAsync("wz.admin");
        var october = await Json.ReadAsync(await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null)));

        var september = await Json.ReadAsync(await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", BodyFor("2026-09", "blocked", "补报")));

        Assert.False(september.GetProperty("current").GetBoolean());
        var again = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/reports/{october.GetProperty("id").GetGuid()}"));
        Assert.True(again.GetProperty("current").GetBoolean());
    }

    [Theory]
    [InlineData("yy.admin", HttpStatusCode.Forbidden)] // a participant: it sees the task but has no share to report on
    [InlineData("province.observer", HttpStatusCode.Forbidden)]
    [InlineData("joint.office", HttpStatusCode.Forbidden)]
    [InlineData("kz.admin", HttpStatusCode.Created)] // Kaizhou's city coordinator
    [InlineData("kz.transport", HttpStatusCode.Created)] // Kaizhou's responsible unit
    public async Task Submit_Should_AllowOnlyAResponsiblePartysUnitOrCoordinator(string account, HttpStatusCode expected)
    {
        var (key, _) = await CreateAsync();
        var client = await factory.ClientForAsync(account);

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Submit_Should_Answer403_When_TheOfficersUnitIsNotThePartysResponsibleUnit()
    {
        var (key, _) = await CreateAsync();
        var officer = await factory.CreateUserAsync(UserRoles.DepartmentOfficer, "WZ", "WZ-DRC");
        var client = await factory.ClientForAsync(officer, "Test#Password1");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null));

        await Json.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task Submit_Should_Answer404_When_TheCallersCityIsNotAParty()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var client = await factory.ClientForAsync("kz.admin");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null));

        await Json.ProblemAsync(response, 404);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/tasks/{key}/reports")).StatusCode);
    }

    [Fact]
    public async Task Submit_Should_NameEachBadField_When_TheBodyIsIncomplete()
    {
        var (key, _) = await CreateAsync();
        var client = await factory.ClientForAsync("wz.transport");

        var response = await client.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/reports", new { period = "2026-13", progress_percent = 120, status = "late", values = new[] { new { value = -1 } } });

        var problem = await Json.ProblemAsync(response, 400);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "period", "narrative", "progress_percent", "status", "values[0].measure_id", "values[0].value", "values[0].unit" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Theory]
    [InlineData("2099-01", null, "report.period_future")]
    [InlineData(Period, "吨", "report.unit")]
    [InlineData(Period, "foreign", "report.measure_party")]
    public async Task Submit_Should_Answer422_When_ARuleIsBroken(string period, string? unit, string rule)
    {
        var (key, measures) = await CreateAsync();
        var client = await factory.ClientForAsync("dz.transport");
        var values = unit switch
        {
            null => [],
            "foreign" => new[] { (measures.Investment, 1m, "亿元") }, // Wanzhou's measure
            _ => [(measures.Freight, 1m, unit), (measures.DazhouInvestment, 1m, unit)],
        };

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", BodyFor(period, "on_track", null, values));

        var problem = await Json.ProblemAsync(response, 422);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Empty((await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/reports"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ConcurrentSubmissions_Should_EachGetTheirOwnRevision_Or_Answer409_And_LeaveOneCurrent()
    {
        var (key, _) = await CreateAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.ClientForAsync("wz.transport")));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", $"第{i}次"))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var all = await Json.ReadAsync(await clients[0].GetAsync($"/api/v1/tasks/{key}/reports?all_revisions=true"));
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(created, items.Count);
        Assert.Equal(Enumerable.Range(1, created), items.Select(r => r.GetProperty("revision").GetInt32()).Order());
        Assert.Single(items, r => r.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Reports_Should_NotChangeTheTaskVersion_So_AReportNeverCollidesWithAnEdit()
    {
        var (key, _) = await CreateAsync();
        var client = await factory.ClientForAsync("wz.transport");
        var before = (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag;

        await client.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null));

        // The task's version stays (what If-Match checks: the part before the dash); the representation's tag follows
        // what the report changed in it (the party's light and latest report).
        var after = (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag;
        Assert.Equal(before!.Tag.Split('-')[0], after!.Tag.Split('-')[0]);
        var office = await factory.ClientForAsync("joint.office");
        using var edit = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = JsonContent.Create(new { remarks = "按月调度推进" }) };
        edit.Headers.IfMatch.Add(before);
        Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(edit)).StatusCode);
        var history = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/history"));
        Assert.Contains(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("changes")[0].GetProperty("entity").GetString() == "report");
    }

    [Fact]
    public async Task Reports_Should_PageWithACursor()
    {
        var (key, _) = await CreateAsync();
        foreach (var account in new[] { "wz.transport", "dz.transport", "kz.transport" })
        {
            await (await factory.ClientForAsync(account)).PostAsJsonAsync($"/api/v1/tasks/{key}/reports", Body("on_track", null));
        }

        var client = await factory.ClientForAsync("joint.office");
        var first = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/reports?limit=2"));
        var second = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/reports?limit=2&cursor={first.GetProperty("next_cursor").GetString()}"));

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("jurisdiction").GetString());
        Assert.Equal(["KZ", "DZ", "WZ"], seen);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
    }

    internal static object Body(string status, string? reason, params (Guid Measure, decimal Value, string Unit)[] values) =>
        BodyFor(Period, status, reason, values);

    internal static object BodyFor(string period, string status, string? reason, params (Guid Measure, decimal Value, string Unit)[] values) => new
    {
        period,
        narrative = "本月完成路基工程1.2公里。",
        progress_percent = 35.5m,
        status,
        status_reason = reason,
        values = values.Select(v => new { measure_id = v.Measure, value = v.Value, unit = v.Unit }).ToArray(),
    };

    internal async Task<(string Key, (Guid Investment, Guid DazhouInvestment, Guid Freight) Measures)> CreateAsync()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, targets:
        [
            new(2024, "完成年度投资，货运量突破500万吨。", [
                new("年度投资", "Annual investment", "at_least", 2m, "亿元", "WZ", null),
                new("年度投资", "Annual investment", "at_least", 1.5m, "亿元", "DZ", null),
                new("货运量", "Freight volume", "at_least", 500m, "万吨", null, null),
            ]),
        ]);
        var client = await factory.ClientForAsync("joint.office");
        var task = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}"));
        var measures = task.GetProperty("targets")[0].GetProperty("measures").EnumerateArray().ToList();
        Guid Id(string? party, string metric) => measures.Single(m =>
            m.GetProperty("metric").GetString() == metric && m.GetProperty("jurisdiction").GetString() == party).GetProperty("id").GetGuid();
        return (key, (Id("WZ", "年度投资"), Id("DZ", "年度投资"), Id(null, "货运量")));
    }
}
