using System.Net;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// One rule for the feed and for GET /api/v1/notices/{id}: an event about a notice reaches whoever may read that
/// notice, and nobody else, even where the task itself is visible.
/// </summary>
public sealed class NoticeEventAudienceTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task ChangeFeed_Should_CarryOnlyTheNoticesTheReaderMayOpen()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var sichuan = await factory.MachineClientAsync("sichuan.dashboard", "Demo#2023-client-secret");
        var officer = await factory.ClientForAsync("dz.transport");
        var office = await factory.ClientForAsync("joint.office");

        // The 2023 ledger is long overdue: the first chase issues notices to every party of every task.
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
        }

        var all = await NoticeEventsAsync(office);
        var machine = await NoticeEventsAsync(sichuan);
        var person = await NoticeEventsAsync(officer);

        Assert.Contains(all, e => Jurisdiction(e) != "DZ");
        Assert.NotEmpty(machine);
        Assert.All(machine, e => Assert.Equal("DZ", Jurisdiction(e)));
        Assert.Equal(all.Count(e => Jurisdiction(e) == "DZ"), machine.Count);
        Assert.NotEmpty(person);
        Assert.True(person.Count < machine.Count, $"{person.Count} of {machine.Count}: an officer reads the notices to its unit only");
        foreach (var e in machine.Take(10).Concat(person.Take(10)))
        {
            var reader = machine.Contains(e) ? sichuan : officer;
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/notices/{e.GetProperty("data").GetProperty("notice_id").GetInt64()}")).StatusCode);
        }
    }

    private static string? Jurisdiction(JsonElement e) => e.GetProperty("data").GetProperty("jurisdiction").GetString();

    private static async Task<List<JsonElement>> NoticeEventsAsync(HttpClient client)
    {
        var events = new List<JsonElement>();
        string? cursor = null;
        while (true)
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit=200{(cursor is null ? "" : "&cursor=" + cursor)}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            events.AddRange(items.Where(e => e.GetProperty("type").GetString()!.StartsWith("notice.", StringComparison.Ordinal)));
            if (items.Count == 0)
            {
                return events;
            }

            cursor = page.GetProperty("next_cursor").GetString();
        }
    }
}
