using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// Password guessing is slowed per user name and address (ADR 0013): an attacker cannot lock the victim out, and a
/// user name that does not exist answers exactly like one that does.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignInThrottleTests(ApiFactory factory)
{
    private const string Password = "Right#Password1";

    [Fact]
    public async Task Login_Should_MakeTheAttackerWait_But_LetTheVictimInFromElsewhere()
    {
        var victim = await factory.CreateUserAsync(UserRoles.CityCoordinator, "YY", null, Password);
        using var attacker = factory.CreateClientFrom("127.0.0.3");
        using var device = factory.CreateClientFrom("127.0.0.4");

        var failures = await FailFiveTimesAsync(attacker, victim);
        var sixth = await LoginAsync(attacker, victim, "still-wrong");
        var rightPasswordFromTheAttacker = await LoginAsync(attacker, victim, Password);
        var victimFromTheirDevice = await LoginAsync(device, victim, Password);

        Assert.All(failures, code => Assert.Equal("invalid_credentials", code));
        Assert.Equal("too_many_attempts", (await Json.ProblemAsync(sixth, 429)).GetProperty("code").GetString());
        Assert.True(sixth.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("too_many_attempts", (await Json.ProblemAsync(rightPasswordFromTheAttacker, 429)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, victimFromTheirDevice.StatusCode);
    }

    [Fact]
    public async Task Login_Should_AnswerAnUnknownUserNameExactlyAsAKnownOne_In_EveryState()
    {
        var known = await factory.CreateUserAsync(UserRoles.CityCoordinator, "KZ", null, Password);
        var unknown = "t." + Guid.NewGuid().ToString("N")[..10];
        using var first = factory.CreateClientFrom("127.0.0.5");
        using var second = factory.CreateClientFrom("127.0.0.6");

        var knownAnswers = await AnswersAsync(first, known);
        var unknownAnswers = await AnswersAsync(second, unknown);

        Assert.Equal(knownAnswers, unknownAnswers);
        Assert.Equal(429, knownAnswers[^1].Status);
    }

    [Fact]
    public async Task Login_Should_StartAfresh_When_ThePasswordIsRightBeforeTheLimit()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "WZ", null, Password);
        using var client = factory.CreateClientFrom("127.0.0.7");
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync(client, user, "nope");
        }

        var ok = await LoginAsync(client, user, Password);
        var failures = await FailFiveTimesAsync(client, user);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.All(failures, code => Assert.Equal("invalid_credentials", code));
    }

    private static async Task<List<string?>> FailFiveTimesAsync(HttpClient client, string user)
    {
        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await Json.ProblemAsync(await LoginAsync(client, user, "nope"), 401)).GetProperty("code").GetString());
        }

        return codes;
    }

    // Status, code, title, detail and headers that matter of six wrong attempts (trace id and timing aside).
    private static async Task<List<(int Status, string Body, bool RetryAfter)>> AnswersAsync(HttpClient client, string user)
    {
        var answers = new List<(int, string, bool)>();
        for (var i = 0; i < 6; i++)
        {
            var response = await LoginAsync(client, user, "nope");
            var body = await Json.ReadAsync(response);
            var comparable = JsonSerializer.Serialize(body.EnumerateObject()
                .Where(p => p.Name is not "traceId")
                .ToDictionary(p => p.Name, p => p.Name == "detail" ? p.Value.GetString() : p.Value.ToString()));
            answers.Add(((int)response.StatusCode, comparable, response.Headers.RetryAfter is not null));
        }

        return answers;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password });
}
