using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.Client;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>
/// /api/v1/admin/clients: machine clients created, rotated with a grace period (old and new secrets both work until it
/// ends, on the standard token endpoint and the compatible one), disabled (tokens refused within seconds); a city
/// administrator rotates only its own city's clients and creates or disables none.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ClientAdministrationTests(ApiFactory factory)
{
    [Fact]
    public async Task RotateSecret_Should_KeepTheOldSecretWorking_UntilTheGraceEnds()
    {
        var system = await factory.ClientForAsync("sys.admin");
        var clientId = "c.rot" + Guid.NewGuid().ToString("N")[..8];
        var created = await Json.ReadAsync(await system.PostAsJsonAsync("/api/v1/admin/clients", new
        {
            client_id = clientId, name = "重庆市 数据平台", jurisdictions = new[] { "WZ", "KZ" }, scopes = new[] { "ledger.read" },
        }));
        var first = created.GetProperty("secret").GetString()!;
        Assert.True(await TokenAsync(clientId, first));

        var rotated = await Json.ReadAsync(await system.PostAsync($"/api/v1/admin/clients/{clientId}/rotate-secret?grace_hours=24", null));
        var second = rotated.GetProperty("secret").GetString()!;

        Assert.NotEqual(first, second);
        Assert.True(await TokenAsync(clientId, first));
        Assert.True(await TokenAsync(clientId, second));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsync("/api/v1/auth/token", Form(clientId, first))).StatusCode);
        var third = (await Json.ReadAsync(await system.PostAsync($"/api/v1/admin/clients/{clientId}/rotate-secret?grace_hours=0", null))).GetProperty("secret").GetString()!;
        Assert.False(await TokenAsync(clientId, first));
        Assert.False(await TokenAsync(clientId, second));
        Assert.True(await TokenAsync(clientId, third));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/v1/auth/token", Form(clientId, second))).StatusCode);
    }

    [Fact]
    public async Task Disable_Should_RefuseTheClientsTokens_WithinSeconds()
    {
        var system = await factory.ClientForAsync("sys.admin");
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var machine = await factory.MachineClientAsync(clientId, secret);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/v1/tasks")).StatusCode);

        Assert.False((await Json.ReadAsync(await system.PostAsync($"/api/v1/admin/clients/{clientId}/disable", null))).GetProperty("active").GetBoolean());

        await Sessions.RefusedWithinAsync(machine);
        Assert.False(await TokenAsync(clientId, secret));
        Assert.Equal(HttpStatusCode.OK, (await system.PostAsync($"/api/v1/admin/clients/{clientId}/enable", null)).StatusCode);
        Assert.True(await TokenAsync(clientId, secret));
    }

    [Fact]
    public async Task CityAdministrator_Should_RotateOnlyItsOwnCitysClients_And_CreateOrDisableNone()
    {
        var (dazhouClient, _) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var (sharedClient, _) = await factory.CreateClientAsync(["DZ", "WZ"], ["ledger.read"]);
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhou = await factory.ClientForAsync("wz.admin");

        var listed = (await Json.ReadAsync(await dazhou.GetAsync("/api/v1/admin/clients"))).EnumerateArray().Select(c => c.GetProperty("client_id").GetString()).ToList();

        Assert.Contains(dazhouClient, listed);
        Assert.DoesNotContain(sharedClient, listed);
        Assert.Equal(HttpStatusCode.OK, (await dazhou.PostAsync($"/api/v1/admin/clients/{dazhouClient}/rotate-secret", null)).StatusCode);
        await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/admin/clients/{dazhouClient}/rotate-secret", null), 404);
        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/admin/clients/{sharedClient}/rotate-secret", null), 404);
        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/admin/clients/{dazhouClient}/disable", null), 403);
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync("/api/v1/admin/clients", new { client_id = "c.nope", jurisdictions = new[] { "DZ" }, scopes = new[] { "ledger.read" } }), 403);
    }

    [Fact]
    public async Task Create_Should_Answer409ForATakenId_And_400ForUnknownScopes()
    {
        var system = await factory.ClientForAsync("sys.admin");

        var taken = await Json.ProblemAsync(await system.PostAsJsonAsync("/api/v1/admin/clients", new
        {
            client_id = "sichuan.dashboard", jurisdictions = new[] { "DZ" }, scopes = new[] { "ledger.read" },
        }), 409);
        var badScope = await Json.ProblemAsync(await system.PostAsJsonAsync("/api/v1/admin/clients", new
        {
            client_id = "c.bad" + Guid.NewGuid().ToString("N")[..6], jurisdictions = new[] { "DZ" }, scopes = new[] { "everything" },
        }), 400);

        Assert.Equal("client.duplicate", taken.GetProperty("rule").GetString());
        Assert.True(badScope.GetProperty("errors").TryGetProperty("scopes[0]", out _));
    }

    // The standard way: a client library's client-credentials request to the discovery-listed token endpoint.
    private async Task<bool> TokenAsync(string clientId, string secret)
    {
        var response = await factory.CreateClient().RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = "/connect/token", ClientId = clientId, ClientSecret = secret, ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });
        return !response.IsError;
    }

    private static FormUrlEncodedContent Form(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
    });
}
