using System.Net;
using System.Net.Http.Headers;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.Client;

namespace CrossRegion.FunctionalTests.Auth;

/// <summary>
/// The standard OAuth 2.0 / OpenID Connect server driven by a standard client library (Duende.IdentityModel), not by
/// our own HTTP calls: discovery and JWKS, client credentials, the password grant, refresh with rotation and reuse
/// detection, introspection (RFC 7662) and revocation (RFC 7009); the tokens it issues work on the API with the
/// caller's jurisdictions.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TokenServerTests(ApiFactory factory)
{
    private const string Password = "Test#Password1";

    [Fact]
    public async Task Discovery_Should_DescribeTheTokenServer_And_PublishItsSigningKeys()
    {
        var discovery = await DiscoverAsync(factory.CreateClient());

        Assert.False(discovery.IsError, discovery.Error);
        Assert.EndsWith("/connect/token", discovery.TokenEndpoint, StringComparison.Ordinal);
        Assert.EndsWith("/connect/introspect", discovery.IntrospectionEndpoint, StringComparison.Ordinal);
        Assert.EndsWith("/connect/revoke", discovery.RevocationEndpoint, StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "client_credentials", "refresh_token", "password" }, discovery.GrantTypesSupported.ToHashSet());
        var key = Assert.Single(discovery.KeySet!.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Null(key.D);
    }

    [Fact]
    public async Task ClientCredentials_Should_IssueATokenTheApiAccepts_ForTheClientsJurisdictionOnly()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var http = factory.CreateClient();
        var discovery = await DiscoverAsync(http);

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = clientId, ClientSecret = secret, Scope = "ledger.read",
        });

        Assert.False(token.IsError, token.Error);
        Assert.Null(token.RefreshToken);
        var me = await MeAsync(token.AccessToken!);
        Assert.Equal("client", me.GetProperty("kind").GetString());
        Assert.Equal(["DZ"], me.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));
        Assert.Equal(["ledger.read"], me.GetProperty("scopes").EnumerateArray().Select(j => j.GetString()));
        var wrong = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = clientId, ClientSecret = secret + "x",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.HttpStatusCode);
        Assert.Contains("invalid_client", wrong.Raw, StringComparison.Ordinal);
        var greedy = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = clientId, ClientSecret = secret, Scope = "webhooks.manage",
        });
        Assert.True(greedy.IsError);
    }

    [Fact]
    public async Task PasswordGrant_Should_IssueAPairThatRotates_And_RevokeTheSignIn_When_ARefreshTokenIsReused()
    {
        var user = await factory.CreateUserAsync(UserRoles.DepartmentOfficer, "KZ", "KZ-TRANSPORT");
        var http = factory.CreateClient();
        var discovery = await DiscoverAsync(http);

        var first = await http.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = discovery.TokenEndpoint, UserName = user, Password = Password });

        Assert.False(first.IsError, first.Error);
        var me = await MeAsync(first.AccessToken!);
        Assert.Equal(user, me.GetProperty("username").GetString());
        Assert.Equal("KZ", me.GetProperty("jurisdiction").GetProperty("code").GetString());
        var second = await http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = discovery.TokenEndpoint, RefreshToken = first.RefreshToken! });
        Assert.False(second.IsError, second.Error);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        var reused = await http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = discovery.TokenEndpoint, RefreshToken = first.RefreshToken! });

        Assert.Equal("invalid_grant", reused.Error);
        var after = await http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = discovery.TokenEndpoint, RefreshToken = second.RefreshToken! });
        Assert.Equal("invalid_grant", after.Error);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.AccessToken);
        await Sessions.RefusedWithinAsync(client);
    }

    [Fact]
    public async Task PasswordGrant_Should_Refuse_When_ThePasswordIsWrong()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "YY", null);
        var http = factory.CreateClient();
        var discovery = await DiscoverAsync(http);

        var token = await http.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = discovery.TokenEndpoint, UserName = user, Password = "Wrong#Password1" });

        Assert.Equal("invalid_grant", token.Error);
        Assert.Equal(HttpStatusCode.BadRequest, token.HttpStatusCode);
        Assert.Null(token.AccessToken);
    }

    [Fact]
    public async Task Introspection_And_Revocation_Should_FollowTheirRfcs()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["WZ"], ["ledger.read"]);
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "WZ", null);
        var http = factory.CreateClient();
        var discovery = await DiscoverAsync(http);
        var pair = await http.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = discovery.TokenEndpoint, UserName = user, Password = Password });
        Assert.False(pair.IsError, pair.Error);

        var active = await http.IntrospectTokenAsync(new TokenIntrospectionRequest
        {
            Address = discovery.IntrospectionEndpoint, ClientId = clientId, ClientSecret = secret, Token = pair.AccessToken!,
        });

        Assert.False(active.IsError, active.Error);
        Assert.True(active.IsActive);
        Assert.Contains(active.Claims, c => c.Type == "sub");
        var revoked = await http.RevokeTokenAsync(new TokenRevocationRequest { Address = discovery.RevocationEndpoint, Token = pair.RefreshToken!, TokenTypeHint = "refresh_token" });
        Assert.False(revoked.IsError, revoked.Error);
        var refresh = await http.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = discovery.TokenEndpoint, RefreshToken = pair.RefreshToken! });
        Assert.Equal("invalid_grant", refresh.Error);
        var unknown = await http.IntrospectTokenAsync(new TokenIntrospectionRequest
        {
            Address = discovery.IntrospectionEndpoint, ClientId = clientId, ClientSecret = secret, Token = "not-a-token",
        });
        Assert.False(unknown.IsError, unknown.Error);
        Assert.False(unknown.IsActive);
    }

    // Loopback over plain HTTP in the test host (demo mode relaxes the transport requirement there only).
    private static async Task<DiscoveryDocumentResponse> DiscoverAsync(HttpClient http) =>
        await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = http.BaseAddress!.ToString(),
            Policy = { RequireHttps = false },
        });

    private async Task<System.Text.Json.JsonElement> MeAsync(string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }
}
