using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Integration;

/// <summary>GET /api/v1/changes: the outbox in feed order, filtered by what the caller sees, never skipping or repeating.</summary>
[Collection(ApiCollection.Name)]
public sealed class ChangeFeedTests(ApiFactory factory)
{
    [Fact]
    public async Task ChangeFeed_Should_ShowATasksLifeInOrder_OnlyToItsParties()
    {
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var start = await EndCursorAsync(office);

        var (key, _, milestone) = await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var etag = (await office.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.Tag;
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = JsonContent.Create(new { remarks = "加快推进" }) })
        {
            patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            Assert.True((await office.SendAsync(patch)).IsSuccessStatusCode);
        }

        foreach (var user in new[] { "wz.transport", "dz.transport" })
        {
            var client = await factory.ClientForAsync(user);
            Assert.True((await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", new { evidence = "路基验收" })).IsSuccessStatusCode);
        }

        await SequenceAsync();
        var events = (await ReadAllAsync(office, start)).Where(e => Key(e) == key).ToList();
        Assert.Equal(
            ["task.created", "task.changed", "milestone.signed_off", "task.changed", "milestone.signed_off", "task.changed", "milestone.done"],
            events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(events.Select(e => e.GetProperty("position").GetInt64()).Order(), events.Select(e => e.GetProperty("position").GetInt64()));
        Assert.Equal(["remarks", "version"], events[1].GetProperty("data").GetProperty("changed").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.Equal("on_time", events[^1].GetProperty("data").GetProperty("outcome").GetString());
        Assert.StartsWith("evt_", events[0].GetProperty("id").GetString(), StringComparison.Ordinal);

        Assert.DoesNotContain(await ReadAllAsync(kaizhou, start), e => Key(e) == key);
        await Json.ProblemAsync(await office.GetAsync("/api/v1/changes?cursor=bogus"), 400);
    }

    [Fact]
    public async Task ChangeFeed_Should_SkipAndRepeatNothing_When_PagesAreReadWhileTasksCommit()
    {
        var office = await factory.ClientForAsync("joint.office");
        var cursor = await EndCursorAsync(office);
        var seen = new List<JsonElement>();
        var creating = Task.WhenAll(Enumerable.Range(0, 12).Select(_ => ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30))));
        while (!creating.IsCompleted)
        {
            await SequenceAsync();
            cursor = await ReadPageAsync(office, cursor, seen, limit: 3);
        }

        var keys = (await creating).Select(t => t.Key).ToHashSet();
        await SequenceAsync();
        string previous;
        do
        {
            previous = cursor;
            cursor = await ReadPageAsync(office, cursor, seen, limit: 3);
        }
        while (cursor != previous);

        var positions = seen.Select(e => e.GetProperty("position").GetInt64()).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Count, positions.Distinct().Count());
        Assert.Equal(keys.Order(), seen.Where(e => e.GetProperty("type").GetString() == "task.created" && keys.Contains(Key(e)!)).Select(Key).Order());
    }

    private async Task SequenceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
    }

    private async Task<string> EndCursorAsync(HttpClient client)
    {
        await SequenceAsync();
        var cursor = (await Json.ReadAsync(await client.GetAsync("/api/v1/changes?limit=1"))).GetProperty("next_cursor").GetString()!;
        string previous;
        do
        {
            previous = cursor;
            cursor = (await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit=200&cursor={cursor}"))).GetProperty("next_cursor").GetString()!;
        }
        while (cursor != previous);
        return cursor;
    }

    private static async Task<List<JsonElement>> ReadAllAsync(HttpClient client, string cursor)
    {
        var all = new List<JsonElement>();
        string previous;
        do
        {
            previous = cursor;
            cursor = await ReadPageAsync(client, cursor, all, limit: 2);
        }
        while (cursor != previous);
        return all;
    }

    private static async Task<string> ReadPageAsync(HttpClient client, string cursor, List<JsonElement> into, int limit)
    {
        var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit={limit}&cursor={cursor}"));
        into.AddRange(page.GetProperty("items").EnumerateArray());
        return page.GetProperty("next_cursor").GetString()!;
    }

    private static string? Key(JsonElement change) =>
        change.GetProperty("data").TryGetProperty("task_key", out var key) ? key.GetString() : null;
}
