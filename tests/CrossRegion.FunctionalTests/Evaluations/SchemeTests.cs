using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Evaluations;

/// <summary>
/// 绩效考核评价办法 as data: the joint office writes a year's scheme, every problem is named by its field, a revision names
/// the one it replaces, every reader may read it, and once an evaluation used it it no longer changes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SchemeTests(ApiFactory factory)
{
    public static object Scheme(decimal milestones = 50, decimal late = 0.5m) => new
    {
        milestones = new { weight = milestones, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["after_extension"] = 0.8m, ["late"] = late, ["overdue"] = 0 } },
        reports = new { weight = 20m, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["late"] = 0.5m, ["missing"] = 0 } },
        notices = new { weight = 10m, points = new Dictionary<string, decimal> { ["signed"] = 1, ["unsigned"] = 0 } },
        indicators = new { weight = 20m, points = new Dictionary<string, decimal> { ["met"] = 1, ["not_met"] = 0.3m, ["not_reported"] = 0 } },
        list_weights = new Dictionary<string, decimal> { ["joint_key_task"] = 1.5m, ["major_project"] = 1.2m },
        bonus_cap = 5m,
        deduction_cap = 10m,
        allow_negative = false,
    };

    [Fact]
    public async Task JointOffice_Should_WriteAYearsScheme_RevisedOnlyByNamingTheRevisionItReplaces()
    {
        var office = await factory.ClientForAsync("joint.office");
        var year = 2030 + Random.Shared.Next(0, 60);

        var written = await office.PutAsJsonAsync($"/api/v1/evaluation-schemes/{year}", Scheme(), Json.Snake);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("\"1\"", written.Headers.ETag?.Tag);
        var body = await Json.ReadAsync(written);
        Assert.Equal((year, 1, false), (body.GetProperty("year").GetInt32(), body.GetProperty("revision").GetInt32(), body.GetProperty("fixed").GetBoolean()));
        Assert.Equal(0.8m, body.GetProperty("rules").GetProperty("milestones").GetProperty("points").GetProperty("after_extension").GetDecimal());
        Assert.Equal(1.5m, body.GetProperty("rules").GetProperty("list_weights").GetProperty("joint_key_task").GetDecimal());

        // A revision without If-Match is 428, with an old one 412; with the current one it is the second revision.
        await Json.ProblemAsync(await office.PutAsJsonAsync($"/api/v1/evaluation-schemes/{year}", Scheme(late: 0.4m), Json.Snake), 428);
        await Json.ProblemAsync(await office.PutSnakeAsync($"/api/v1/evaluation-schemes/{year}", Scheme(late: 0.4m), "\"9\""), 412);
        var revised = await Json.ReadAsync(await office.PutSnakeAsync($"/api/v1/evaluation-schemes/{year}", Scheme(late: 0.4m), "\"1\""));
        Assert.Equal((2, 0.4m), (revised.GetProperty("revision").GetInt32(), revised.GetProperty("rules").GetProperty("milestones").GetProperty("points").GetProperty("late").GetDecimal()));

        // Every reader may read the rules; only the joint office writes them.
        var city = await factory.ClientForAsync("dz.admin");
        var read = await Json.ReadAsync(await city.GetAsync($"/api/v1/evaluation-schemes/{year}"));
        Assert.Equal(2, read.GetProperty("revision").GetInt32());
        Assert.Contains((await Json.ReadAsync(await city.GetAsync("/api/v1/evaluation-schemes"))).EnumerateArray(), s => s.GetProperty("year").GetInt32() == year);
        await Json.ProblemAsync(await city.PutSnakeAsync($"/api/v1/evaluation-schemes/{year}", Scheme(), "\"2\""), 403);
        await Json.ProblemAsync(await city.GetAsync("/api/v1/evaluation-schemes/2099"), 404);

        // Once an evaluation has scored by it, it is fixed.
        await factory.WithDbAsync(async db =>
        {
            var scheme = db.EvaluationSchemes.Single(s => s.Year == year);
            scheme.MarkUsed(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var used = await Json.ProblemAsync(await office.PutSnakeAsync($"/api/v1/evaluation-schemes/{year}", Scheme(late: 0.3m), "\"2\""), 422);
        Assert.Equal("scheme.used", used.GetProperty("rule").GetString());
        Assert.True((await Json.ReadAsync(await city.GetAsync($"/api/v1/evaluation-schemes/{year}"))).GetProperty("fixed").GetBoolean());
    }

    [Fact]
    public async Task Scheme_Should_BeRefused_WithEveryProblemNamedByItsField_AndNothingStored()
    {
        var office = await factory.ClientForAsync("joint.office");
        var year = 2030 + Random.Shared.Next(60, 70);

        // Weights adding up to 110, a negative point without allow_negative, an unknown outcome, a zero list weight.
        var bad = JsonSerializer.SerializeToNode(Scheme(milestones: 60, late: -1), Json.Snake)!;
        bad["reports"]!["points"]!["forgotten"] = 1;
        bad["list_weights"]!["major_policy"] = 0;
        bad["notices"]!["points"]!.AsObject().Remove("unsigned");
        var problem = await Json.ProblemAsync(await office.PutAsJsonAsync($"/api/v1/evaluation-schemes/{year}", bad, Json.Snake), 400);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "rules.weights", "rules.milestones.points.late", "rules.reports.points.forgotten", "rules.list_weights.major_policy", "rules.notices.points.unsigned" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field}: {errors}");
        }

        await Json.ProblemAsync(await office.GetAsync($"/api/v1/evaluation-schemes/{year}"), 404);
        await Json.ProblemAsync(await office.PutAsync($"/api/v1/evaluation-schemes/{year}", new StringContent("{\"milestones\": 5", System.Text.Encoding.UTF8, "application/json")), 400);
    }
}
