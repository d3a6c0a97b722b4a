using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>Reads GET /api/v1/changes to its end as a caller, after positioning what has committed.</summary>
internal static class ChangeFeed
{
    public static async Task<List<JsonElement>> EventsAsync(IServiceProvider services, HttpClient client, string type)
    {
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
        }

        var events = new List<JsonElement>();
        string? cursor = null;
        while (true)
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit=200{(cursor is null ? "" : "&cursor=" + cursor)}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            events.AddRange(items.Where(e => e.GetProperty("type").GetString() == type));
            if (items.Count == 0)
            {
                return events;
            }

            cursor = page.GetProperty("next_cursor").GetString();
        }
    }
}
