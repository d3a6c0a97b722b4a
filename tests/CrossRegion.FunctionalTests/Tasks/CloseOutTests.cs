using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Tasks;

/// <summary>销号, reopen and archive, on tasks of the tests' own.</summary>
[Collection(ApiCollection.Name)]
public sealed class CloseOutTests(ApiFactory factory)
{
    [Fact]
    public async Task Close_Should_Answer422_When_AMilestoneIsStillOpen()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var response = await Post(office, key, "close", await ETagAsync(office, key), null);

        Assert.Equal("task.milestones_open", (await Json.ProblemAsync(response, 422)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Close_Should_MakeTheTaskReadOnly_Until_TheJointOfficeReopensItWithAReason()
    {
        var key = await CreateDoneTaskAsync();
        var office = await factory.ClientForAsync("joint.office");

        var closed = await Post(office, key, "close", await ETagAsync(office, key), null);
        var edit = await Patch(office, key, closed.Headers.ETag!);
        var reopened = await Post(office, key, "reopen", await ETagAsync(office, key), "发现遗留问题需整改");

        Assert.Equal("closed", (await Json.ReadAsync(closed)).GetProperty("status").GetString());
        Assert.Equal("task.read_only", (await Json.ProblemAsync(edit, 422)).GetProperty("rule").GetString());
        Assert.Equal("active", (await Json.ReadAsync(reopened)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Patch(office, key, reopened.Headers.ETag!)).StatusCode);
    }

    [Fact]
    public async Task Archive_Should_TakeTheTaskOffTheDefaultLedger_And_KeepIt()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var archived = await Post(office, key, "archive", await ETagAsync(office, key), "联席会议决定撤销");

        Assert.Equal("archived", (await Json.ReadAsync(archived)).GetProperty("status").GetString());
        var ledger = await Json.ReadAsync(await office.GetAsync("/api/v1/tasks?limit=200&q=" + key));
        var archivedList = await Json.ReadAsync(await office.GetAsync("/api/v1/tasks?limit=200&status=archived&q=" + key));
        Assert.Equal(0, ledger.GetProperty("items").GetArrayLength());
        Assert.Equal(1, archivedList.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Reopen_Should_Answer400_When_NoReasonIsGiven()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var response = await Post(office, key, "reopen", await ETagAsync(office, key), null);

        await Json.ProblemAsync(response, 400);
    }

    [Fact]
    public async Task Close_Should_Answer428_When_IfMatchIsMissing_And403_ForACity()
    {
        var key = await CreateDoneTaskAsync();
        var office = await factory.ClientForAsync("joint.office");
        var city = await factory.ClientForAsync("wz.admin");

        await Json.ProblemAsync(await Post(office, key, "close", null, null), 428);
        await Json.ProblemAsync(await Post(city, key, "close", await ETagAsync(city, key), null), 403);
    }

    private async Task<string> CreateDoneTaskAsync()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        foreach (var account in new[] { "wz.transport", "dz.transport" })
        {
            var client = await factory.ClientForAsync(account);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收" })).StatusCode);
        }

        var wanzhou = await factory.ClientForAsync("wz.admin");
        Assert.Equal(HttpStatusCode.OK, (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/sign-off", new { evidence = "验收" })).StatusCode);
        return key;
    }

    private static async Task<EntityTagHeaderValue> ETagAsync(HttpClient client, string key) =>
        (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!;

    private static Task<HttpResponseMessage> Post(HttpClient client, string key, string action, EntityTagHeaderValue? etag, string? reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/{action}") { Content = JsonContent.Create(new { reason }) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, string key, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = JsonContent.Create(new { remarks = "补充说明" }) };
        request.Headers.IfMatch.Add(etag);
        return client.SendAsync(request);
    }
}
