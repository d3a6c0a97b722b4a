using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Auth;

[Collection(ApiCollection.Name)]
public sealed class RefreshTokenTests(ApiFactory factory)
{
    [Fact]
    public async Task Refresh_Should_RotateTheToken_When_ItIsUsedOnce()
    {
        var client = factory.CreateClient();
        var login = await LoginAsync(client);

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.refresh_token });

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var rotated = (await refreshed.Content.ReadFromJsonAsync<TokenBody>())!;
        Assert.NotEqual(login.refresh_token, rotated.refresh_token);
        Assert.NotEqual(login.access_token, rotated.access_token);
        var next = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = rotated.refresh_token });
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Refresh_Should_RevokeTheWholeFamily_When_AUsedTokenIsPresentedAgain()
    {
        var client = factory.CreateClient();
        var login = await LoginAsync(client);
        var rotated = (await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.refresh_token }))
            .Content.ReadFromJsonAsync<TokenBody>())!;

        var replay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.refresh_token });
        var legitimateNext = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = rotated.refresh_token });

        Assert.Equal("invalid_grant", (await Json.ProblemAsync(replay, 401)).GetProperty("error").GetString());
        Assert.Equal("invalid_grant", (await Json.ProblemAsync(legitimateNext, 401)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Refresh_Should_LetExactlyOneWin_When_TheSameTokenIsExchangedConcurrently()
    {
        var client = factory.CreateClient();
        var login = await LoginAsync(client);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.refresh_token })));

        // One exchange claims the token; the others are a reuse, which revokes the whole login, the winner's new
        // refresh token included.
        var winner = Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, attempts.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        var next = (await winner.Content.ReadFromJsonAsync<TokenBody>())!;
        await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = next.refresh_token }), 401);
    }

    [Fact]
    public async Task Logout_Should_MakeTheRefreshTokenUseless()
    {
        var client = factory.CreateClient();
        var login = await LoginAsync(client);

        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refresh_token = login.refresh_token });
        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = login.refresh_token });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await Json.ProblemAsync(refresh, 401);
    }

    [Theory]
    [InlineData("made-up-token", 401, "invalid_grant")]
    [InlineData("", 400, "validation")]
    public async Task Refresh_Should_Reject_When_TheTokenIsUnknownOrEmpty(string token, int status, string code)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = token });

        Assert.Equal(code, (await Json.ProblemAsync(response, status)).GetProperty("code").GetString());
    }

    private static async Task<TokenBody> LoginAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "kz.admin", password = "Demo#2023" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!;
    }
}
