using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Tasks;

[Collection(ApiCollection.Name)]
public sealed class LedgerFilterTests(ApiFactory factory)
{
    [Theory]
    [InlineData("programme=WDKY", "WDK-2023-12 WDK-2023-18 WDK-2023-19 WDK-2023-20 WDK-2023-21 WDK-2023-22 WDK-2023-24")]
    [InlineData("category=reform", "WDK-2023-25")]
    [InlineData("category=ecology", "WDK-2023-01 WDK-2023-02")]
    [InlineData("jurisdiction=YY", "WDK-2023-07 WDK-2023-12 WDK-2023-15 WDK-2023-17 WDK-2023-18 WDK-2023-19 WDK-2023-20 WDK-2023-21 WDK-2023-22 WDK-2023-24")]
    [InlineData("jurisdiction=YY&role=responsible", "")]
    [InlineData("jurisdiction=DZ&category=infrastructure", "WDK-2023-03 WDK-2023-05 WDK-2023-06 WDK-2023-07 WDK-2023-07-02 WDK-2023-08 WDK-2023-09 WDK-2023-10")]
    [InlineData("q=南雅", "WDK-2023-04")]
    [InlineData("q=EXPRESSWAY", "WDK-2023-04 WDK-2023-05")]
    [InlineData("q=跳蹬水库", "WDK-2023-09")]
    [InlineData("q=wdk-2023-07-0", "WDK-2023-07-01 WDK-2023-07-02 WDK-2023-07-03")]
    [InlineData("year=2027&category=infrastructure&jurisdiction=DZ", "WDK-2023-05 WDK-2023-06 WDK-2023-07 WDK-2023-07-02 WDK-2023-09 WDK-2023-10")]
    [InlineData("year=2020", "")]
    [InlineData("status=closed", "")]
    public async Task ListTasks_Should_ApplyTheFilter_When_TheJointOfficeAsks(string query, string expected)
    {
        var client = await factory.ClientForAsync("joint.office");

        var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?limit=200&{query}"));

        // Other tests in this collection add tasks; the expectations cover the shipped ledger.
        var keys = string.Join(' ', page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()).Where(VisibilityMatrixTests.Seeded));
        Assert.Equal(expected, keys);
    }

    [Fact]
    public async Task ListTasks_Should_FlagOverdueTasks_When_TheirMilestonesArePast()
    {
        var client = await factory.ClientForAsync("kz.transport");

        var overdue = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks?overdue=true&limit=200"));
        var notOverdue = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks?overdue=false&limit=200"));

        // Every 2023 milestone of the shipped ledger is past and open, so every visible task is overdue.
        Assert.Equal(24, Seeded(overdue)); // all but WDK-2023-05, -06, -07-01, -07-02
        Assert.Equal(0, Seeded(notOverdue));
        var road = overdue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "WDK-2023-04");
        Assert.True(road.GetProperty("overdue").GetBoolean());
        Assert.Equal("2023-12-31", road.GetProperty("next_due_date").GetString());
    }

    [Fact]
    public async Task ListTasks_Should_PageWithoutGapsOrRepeats_When_FollowingCursors()
    {
        var client = await factory.ClientForAsync("province.observer");
        var all = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks?limit=200"));

        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?limit=4{(cursor is null ? "" : "&cursor=" + cursor)}"));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!), paged);
        Assert.Equal(28, paged.Count(VisibilityMatrixTests.Seeded));
        Assert.Equal((paged.Count + 3) / 4, pages);
        Assert.Null(all.GetProperty("next_cursor").GetString());
    }

    private static int Seeded(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Count(i => VisibilityMatrixTests.Seeded(i.GetProperty("key").GetString()));

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("year=twenty", "year")]
    [InlineData("overdue=maybe", "overdue")]
    [InlineData("role=boss", "role")]
    [InlineData("status=gone", "status")]
    [InlineData("jurisdiction=SH", "jurisdiction")]
    [InlineData("cursor=%25%25%25", "cursor")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    public async Task ListTasks_Should_Answer400NamingTheField_When_AParameterIsInvalid(string query, string field)
    {
        var client = await factory.ClientForAsync("wz.admin");

        var response = await client.GetAsync($"/api/v1/tasks?{query}");

        var problem = await Json.ProblemAsync(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }
}
