using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>Reads GET /api/v1/changes to its end as a caller, after positioning what has committed.</summary>
internal static class ChangeFeed
{
    public static async Task<List<JsonElement>> EventsAsync(IServiceProvider services, HttpClient client, string type)
    {
        await SequenceAsync(services);
        var events = new List<JsonElement>();
        await ReadAsync(client, null, events);
        return events.Where(e => e.GetProperty("type").GetString() == type).ToList();
    }

    /// <summary>The cursor past every event sequenced so far (where a test starts to watch).</summary>
    public static async Task<string> EndAsync(IServiceProvider services, HttpClient client)
    {
        await SequenceAsync(services);
        var start = (await Json.ReadAsync(await client.GetAsync("/api/v1/changes?limit=1"))).GetProperty("next_cursor").GetString()!;
        return await ReadAsync(client, start, []);
    }

    /// <summary>Every event the client sees after <paramref name="cursor"/>, once the outbox is sequenced.</summary>
    public static async Task<List<JsonElement>> AfterAsync(IServiceProvider services, HttpClient client, string cursor)
    {
        await SequenceAsync(services);
        var events = new List<JsonElement>();
        await ReadAsync(client, cursor, events);
        return events;
    }

    private static async Task SequenceAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
    }

    // From the start of the feed when cursor is null; until a page leaves the cursor where it was.
    private static async Task<string> ReadAsync(HttpClient client, string? cursor, List<JsonElement> into)
    {
        string? previous;
        do
        {
            previous = cursor;
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit=200{(cursor is null ? "" : "&cursor=" + cursor)}"));
            into.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString()!;
        }
        while (cursor != previous);
        return cursor;
    }
}
