using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Tasks;

/// <summary>
/// Role × task: every demo account against every task of the shipped 2023 ledger. The expected parties are written
/// out here from the official annex, independently of the seed file, so a wrong seed or a wrong predicate fails.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class VisibilityMatrixTests(ApiFactory factory)
{
    private static readonly Dictionary<string, string> Parties = new()
    {
        ["WDK-2023-01"] = "WZ DZ KZ", ["WDK-2023-02"] = "WZ KZ", ["WDK-2023-03"] = "WZ DZ KZ", ["WDK-2023-04"] = "WZ KZ",
        ["WDK-2023-05"] = "WZ DZ", ["WDK-2023-06"] = "WZ DZ", ["WDK-2023-07"] = "WZ DZ KZ YY", ["WDK-2023-07-01"] = "WZ",
        ["WDK-2023-07-02"] = "DZ", ["WDK-2023-07-03"] = "KZ", ["WDK-2023-08"] = "WZ DZ KZ", ["WDK-2023-09"] = "WZ DZ KZ",
        ["WDK-2023-10"] = "WZ DZ KZ", ["WDK-2023-11"] = "WZ DZ KZ", ["WDK-2023-12"] = "WZ DZ KZ YY", ["WDK-2023-13"] = "WZ DZ KZ",
        ["WDK-2023-14"] = "WZ DZ KZ", ["WDK-2023-15"] = "WZ DZ KZ YY", ["WDK-2023-16"] = "WZ DZ KZ", ["WDK-2023-17"] = "WZ DZ KZ YY",
        ["WDK-2023-18"] = "WZ DZ KZ YY", ["WDK-2023-19"] = "WZ DZ KZ YY", ["WDK-2023-20"] = "WZ DZ KZ YY",
        ["WDK-2023-21"] = "WZ DZ KZ YY", ["WDK-2023-22"] = "WZ DZ KZ YY", ["WDK-2023-23"] = "WZ DZ KZ",
        ["WDK-2023-24"] = "WZ DZ KZ YY", ["WDK-2023-25"] = "WZ DZ KZ",
    };

    /// <summary>Demo account → the jurisdiction it acts for; null sees every task.</summary>
    public static TheoryData<string, string?> Accounts => new()
    {
        { "joint.office", null }, { "province.observer", null },
        { "wz.admin", "WZ" }, { "dz.admin", "DZ" }, { "kz.admin", "KZ" }, { "yy.admin", "YY" },
        { "wz.transport", "WZ" }, { "dz.transport", "DZ" }, { "kz.transport", "KZ" },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task GetTask_Should_AnswerByParticipation_When_AnyDemoAccountAsksForAnyTask(string account, string? jurisdiction)
    {
        var client = await factory.ClientForAsync(account);
        var expected = Parties.ToDictionary(p => p.Key, p => Sees(jurisdiction, p.Value) ? HttpStatusCode.OK : HttpStatusCode.NotFound);

        var actual = new Dictionary<string, HttpStatusCode>();
        foreach (var key in Parties.Keys)
        {
            actual[key] = (await client.GetAsync($"/api/v1/tasks/{key}")).StatusCode;
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task ListTasks_Should_ReturnExactlyTheVisibleTasks_When_PagingThroughTheLedger(string account, string? jurisdiction)
    {
        var client = await factory.ClientForAsync(account);
        var expected = Parties.Where(p => Sees(jurisdiction, p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?limit=7{(cursor is null ? "" : "&cursor=" + cursor)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        // Other tests in this collection add tasks; the table covers the shipped ledger.
        Assert.Equal(expected, seen.Where(Seeded));
        Assert.Equal(seen.Distinct().Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task GetTask_Should_AnswerLikeAMissingKey_When_DazhouAsksForTiefengshan()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var hidden = await client.GetAsync("/api/v1/tasks/WDK-2023-02");
        var missing = await client.GetAsync("/api/v1/tasks/WDK-2099-99");

        var hiddenBody = await Json.ProblemAsync(hidden, 404);
        var missingBody = await Json.ProblemAsync(missing, 404);
        Assert.Equal(missingBody.GetProperty("title").GetString(), hiddenBody.GetProperty("title").GetString());
        Assert.Equal(missingBody.GetProperty("code").GetString(), hiddenBody.GetProperty("code").GetString());
        Assert.DoesNotContain("铁峰山", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTasks_Should_NotRevealOtherTasks_When_DazhouFiltersByKaizhou()
    {
        var client = await factory.ClientForAsync("dz.admin");

        var page = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks?jurisdiction=KZ&limit=200"));

        var keys = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.DoesNotContain("WDK-2023-02", keys);
        Assert.DoesNotContain("WDK-2023-04", keys);
        Assert.DoesNotContain("WDK-2023-07-03", keys);
        Assert.All(keys.Where(VisibilityMatrixTests.Seeded), k => Assert.Contains("DZ", Parties[k!], StringComparison.Ordinal));
    }

    public static bool Seeded(string? key) => key is not null && key.StartsWith("WDK-2023-", StringComparison.Ordinal);

    private static bool Sees(string? jurisdiction, string parties) =>
        jurisdiction is null || parties.Split(' ').Contains(jurisdiction);
}
