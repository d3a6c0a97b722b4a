using System.Net;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Tasks;

[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(ApiFactory factory)
{
    [Fact]
    public async Task CreateTask_Should_ReplayTheOriginalResponse_When_RetriedWithTheSameKeyAndBody()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        var body = Body();

        var first = await Post(office, key, body);
        var retry = await Post(office, key, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountAsync(body.key));
    }

    [Fact]
    public async Task Replay_Should_LogNoError_Because_ItIsAnExpectedOutcome()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        var body = Body();
        Assert.Equal(HttpStatusCode.Created, (await Post(office, key, body)).StatusCode);
        var since = DateTimeOffset.UtcNow;

        var retry = await Post(office, key, body);

        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.DoesNotContain(factory.Logs.Entries, e => e.At >= since && e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task CreateTask_Should_Answer422_When_TheKeyIsReusedForAnotherBody()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        await Post(office, key, Body());

        var other = await Post(office, key, Body());

        Assert.Equal("idempotency_key_reused", (await Json.ProblemAsync(other, 422)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateTask_Should_ScopeKeysPerCaller_When_TwoCallersUseTheSameKey()
    {
        var colleague = await factory.CreateUserAsync(UserRoles.JointOfficeCoordinator, null, null, jointOffices: ["WDK"]);
        var first = await factory.ClientForAsync("joint.office");
        var second = await factory.ClientForAsync(colleague, "Test#Password1");
        var key = Guid.NewGuid().ToString();

        var a = await Post(first, key, Body());
        var b = await Post(second, key, Body());

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.False(b.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task CreateTask_Should_CreateOneTask_When_TheSameRequestArrivesConcurrently()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        var body = Body();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Post(office, key, body)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountAsync(body.key));
    }

    [Fact]
    public async Task CreateTask_Should_NotConsumeTheKey_When_TheRequestFails()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        var broken = Body() with { Parties = [new("DZ", "responsible", null, ["WZ-TRANSPORT"])] };

        var failed = await Post(office, key, broken);
        var fixedBody = broken with { Parties = [new("DZ", "responsible", null, ["DZ-TRANSPORT"])] };
        var retried = await Post(office, key, fixedBody);

        Assert.Equal((HttpStatusCode)422, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    private static TaskBody Body() => new(
        $"WDK-2024-I{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "industry", "联合招商推介", "Joint investment promotion",
        [], new("2024年", 2024, 2024), "三地联合举办招商推介会。", null, null,
        [new("WZ", "responsible", null, ["WZ-ECONOMY"]), new("DZ", "responsible", null, ["DZ-ECONOMY"])],
        [], [new("举办推介会", null, new DateOnly(2024, 9, 30), "month", [])]);

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, TaskBody body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tasks")
        {
            Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Snake),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<int> CountAsync(string key) => factory.WithDbAsync(db => db.Tasks.IgnoreQueryFilters().CountAsync(t => t.Key == key));
}
