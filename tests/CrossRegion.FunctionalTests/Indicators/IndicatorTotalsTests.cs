using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Indicators;

/// <summary>
/// "2027年，四地地区生产总值达7450亿元": each city reports its own part of the four areas' GDP; the total is judged once
/// every part is in, each city seeing the total and its own part only.
/// </summary>
public sealed class IndicatorTotalsTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private static readonly (string User, string City, decimal Part)[] Parts =
        [("wz.admin", "WZ", 1520m), ("dz.admin", "DZ", 3500m), ("kz.admin", "KZ", 1100m), ("yy.admin", "YY", 620m)];

    [Fact]
    public async Task FourAreaGdp_Should_BeTheSumOfEachCitysPart_JudgedOnceEveryPartIsIn()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, _, _) in Parts)
        {
            clients[user] = await factory.ClientForAsync(user);
        }

        var observer = await factory.ClientForAsync("province.observer");
        factory.Clock.MorningOf(new DateOnly(2028, 1, 26));

        // Before every part is in the total is not reported, and its light turns as a milestone's does (due 2028-01-31).
        foreach (var (user, city, part) in Parts.Take(3))
        {
            var reported = await clients[user].PutAsync("/api/v1/indicators/WDKY-01/actuals/2027", JsonContent.Create(new { value = part, text = $"{part}亿元" }, options: Json.Snake));
            Assert.Equal(System.Net.HttpStatusCode.Created, reported.StatusCode);
            var total = Year(await Json.ReadAsync(reported), "indicator");
            Assert.Equal("not_reported", total.GetProperty("attainment").GetString());
            Assert.Equal(JsonValueKind.Null, total.GetProperty("actual").ValueKind);
            Assert.Equal("yellow", total.GetProperty("light").GetString());
        }

        var last = await clients["yy.admin"].PutAsync("/api/v1/indicators/WDKY-01/actuals/2027", JsonContent.Create(new { value = 620m }, options: Json.Snake));
        var judged = Year(await Json.ReadAsync(last), "indicator");
        Assert.Equal((6740m, "not_met", "red"), (judged.GetProperty("actual").GetDecimal(), judged.GetProperty("attainment").GetString(), judged.GetProperty("light").GetString()));

        // Every city sees the total and its own part; the observer every part.
        foreach (var (user, city, part) in Parts)
        {
            var seen = await Json.ReadAsync(await clients[user].GetAsync("/api/v1/indicators/WDKY-01"));
            Assert.Equal(6740m, Year(seen).GetProperty("actual").GetDecimal());
            var actual = Assert.Single(seen.GetProperty("actuals").EnumerateArray());
            Assert.Equal((city, part), (actual.GetProperty("jurisdiction").GetString(), actual.GetProperty("value").GetDecimal()));
        }

        var all = await Json.ReadAsync(await observer.GetAsync("/api/v1/indicators/WDKY-01"));
        Assert.Equal(["DZ", "KZ", "WZ", "YY"], all.GetProperty("actuals").EnumerateArray().Select(a => a.GetProperty("jurisdiction").GetString()!));

        // Dazhou revises its part upwards: the total passes 7450.
        var revised = new HttpRequestMessage(HttpMethod.Put, "/api/v1/indicators/WDKY-01/actuals/2027") { Content = JsonContent.Create(new { value = 4300m }, options: Json.Snake) };
        revised.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var met = Year(await Json.ReadAsync(await clients["dz.admin"].SendAsync(revised)), "indicator");
        Assert.Equal((7540m, "met", "done"), (met.GetProperty("actual").GetDecimal(), met.GetProperty("attainment").GetString(), met.GetProperty("light").GetString()));

        // The year's figure is judged; a year not yet begun cannot be reported.
        await Json.ProblemAsync(await clients["wz.admin"].PutAsync("/api/v1/indicators/WDKY-01/actuals/2029", JsonContent.Create(new { value = 1m }, options: Json.Snake)), 400);
    }

    private static JsonElement Year(JsonElement body, string? inner = null) =>
        (inner is null ? body : body.GetProperty(inner)).GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == 2027);
}
