using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// An access token stops working within seconds of the end of its session: logout, revocation of its login after a
/// reused refresh token, a disabled or deleted user, a disabled client (the test host checks every second).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SessionEndTests(ApiFactory factory)
{
    [Fact]
    public async Task AccessToken_Should_StopWorking_When_ItsLoginIsLoggedOut()
    {
        var (client, tokens) = await SignInAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/auth/logout", new { refresh_token = tokens.refresh_token })).StatusCode);

        await Sessions.RefusedWithinAsync(client);
    }

    [Fact]
    public async Task AccessToken_Should_StopWorking_When_ItsLoginIsRevokedForAReusedRefreshToken()
    {
        var (client, tokens) = await SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = tokens.refresh_token })).StatusCode);

        var reuse = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = tokens.refresh_token });

        await Json.ProblemAsync(reuse, 401);
        await Sessions.RefusedWithinAsync(client);
    }

    [Fact]
    public async Task AccessToken_Should_StopWorking_When_TheUserIsDisabled()
    {
        var (client, _, user) = await SignInWithNameAsync();

        await factory.WithDbAsync(db => db.UserAccounts.Where(u => u.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        await Sessions.RefusedWithinAsync(client);
    }

    [Fact]
    public async Task AccessToken_Should_StopWorking_When_TheUserIsDeleted()
    {
        var (client, _, user) = await SignInWithNameAsync();

        await factory.WithDbAsync(async db =>
        {
            var id = await db.UserAccounts.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync();
            return await db.UserAccounts.Where(u => u.Id == id).ExecuteDeleteAsync();
        });

        await Sessions.RefusedWithinAsync(client);
    }

    [Fact]
    public async Task ClientToken_Should_StopWorking_When_TheClientIsDisabled()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var client = await factory.MachineClientAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tasks?limit=1")).StatusCode);

        await factory.WithDbAsync(db => db.ApiClients.Where(c => c.ClientId == clientId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsActive, false)));

        await Sessions.RefusedWithinAsync(client);
    }

    private async Task<(HttpClient Client, TokenBody Tokens)> SignInAsync()
    {
        var (client, tokens, _) = await SignInWithNameAsync();
        return (client, tokens);
    }

    private async Task<(HttpClient Client, TokenBody Tokens, string User)> SignInWithNameAsync()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "DZ", null);
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = "Test#Password1" });
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        return (client, tokens, user);
    }
}
