using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>The loser of a race for a unique key gets 409 with a stable code, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class RaceTests(ApiFactory factory)
{
    private const int Racers = 20;

    [Fact]
    public async Task CreateTask_Should_LetOneWinAndAnswer409ToTheRest_When_TwentyCreateTheSameKeyAtOnce()
    {
        var office = await factory.ClientForAsync("joint.office");
        var task = CreateTaskTests.Task(CreateTaskTests.NewKey());

        var responses = await Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => office.PostSnakeAsync("/api/v1/tasks", task)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await Json.ProblemAsync(loser, 409);
            Assert.Equal("task.duplicate", problem.GetProperty("rule").GetString());
        }
    }

    [Fact]
    public async Task SignOff_Should_LetOneWinAndAnswer409ToTheRest_When_OnePartySignsTwentyTimesAtOnce()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("dz.transport");

        var responses = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i =>
            client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = $"验收记录 {i}" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await Json.ProblemAsync(loser, 409);
            Assert.Contains(problem.GetProperty("code").GetString(), new[] { "rule_violation", "concurrent_update" });
        }

        var task = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Single(TestTasks.Milestone(task, joint).GetProperty("sign_offs").EnumerateArray(), s => s.GetProperty("jurisdiction").GetString() == "DZ");
    }
}
