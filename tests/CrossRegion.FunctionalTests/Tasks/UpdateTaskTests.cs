using System.Net;
using System.Net.Http.Headers;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Tasks;

[Collection(ApiCollection.Name)]
public sealed class UpdateTaskTests(ApiFactory factory)
{
    [Fact]
    public async Task UpdateTask_Should_ChangeTheTaskAndRecordBeforeAndAfter_When_IfMatchIsCurrent()
    {
        var office = await factory.ClientForAsync("joint.office");
        var etag = (await office.GetAsync("/api/v1/tasks/WDK-2023-25")).Headers.ETag!;

        var response = await Patch(office, "WDK-2023-25", etag, new { remarks = "2024年已出台方案" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal("2024年已出台方案", (await Json.ReadAsync(response)).GetProperty("remarks").GetString());
        var history = await Json.ReadAsync(await office.GetAsync("/api/v1/tasks/WDK-2023-25/history?limit=200"));
        var last = history.GetProperty("items").EnumerateArray().Last();
        Assert.Equal("updated", last.GetProperty("action").GetString());
        var remarks = last.GetProperty("changes")[0].GetProperty("fields").GetProperty("remarks");
        Assert.Equal("2024年已出台方案", remarks.GetProperty("after").GetString());
    }

    [Fact]
    public async Task UpdateTask_Should_Answer428_When_IfMatchIsMissing()
    {
        var office = await factory.ClientForAsync("joint.office");

        var response = await Patch(office, "WDK-2023-24", null, new { remarks = "x" });

        Assert.Equal("precondition_required", (await Json.ProblemAsync(response, 428)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task UpdateTask_Should_Answer412AndKeepTheFirstChange_When_TheTaskChangedSinceItWasRead()
    {
        var office = await factory.ClientForAsync("joint.office");
        var etag = (await office.GetAsync("/api/v1/tasks/WDK-2023-23")).Headers.ETag!;
        Assert.Equal(HttpStatusCode.OK, (await Patch(office, "WDK-2023-23", etag, new { remarks = "first" })).StatusCode);

        var stale = await Patch(office, "WDK-2023-23", etag, new { remarks = "second" });

        Assert.Equal("precondition_failed", (await Json.ProblemAsync(stale, 412)).GetProperty("code").GetString());
        Assert.Equal("first", (await Json.ReadAsync(await office.GetAsync("/api/v1/tasks/WDK-2023-23"))).GetProperty("remarks").GetString());
    }

    [Fact]
    public async Task UpdateTask_Should_LetExactlyOneWin_When_EditsRaceWithTheSameETag()
    {
        var office = await factory.ClientForAsync("joint.office");
        var etag = (await office.GetAsync("/api/v1/tasks/WDK-2023-22")).Headers.ETag!;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Patch(office, "WDK-2023-22", etag, new { remarks = $"edit {i}" })));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task UpdateTask_Should_Answer403_When_ACityCoordinatorTries()
    {
        var city = await factory.ClientForAsync("wz.admin");
        var etag = (await city.GetAsync("/api/v1/tasks/WDK-2023-21")).Headers.ETag!;

        var response = await Patch(city, "WDK-2023-21", etag, new { remarks = "x" });

        await Json.ProblemAsync(response, 403);
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, string key, EntityTagHeaderValue? etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return client.SendAsync(request);
    }
}
