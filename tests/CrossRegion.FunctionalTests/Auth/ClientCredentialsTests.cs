using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Auth;

[Collection(ApiCollection.Name)]
public sealed class ClientCredentialsTests(ApiFactory factory)
{
    [Fact]
    public async Task Token_Should_IssueAScopedToken_When_TheClientAuthenticatesWithBasic()
    {
        var (id, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var client = factory.CreateClient();
        using var request = TokenRequest(new() { ["grant_type"] = "client_credentials" });
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(id)}:{Uri.EscapeDataString(secret)}")));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        Assert.Equal("ledger.read", token.scope);
        Assert.Null(token.refresh_token);
    }

    [Fact]
    public async Task ClientToken_Should_SeeOnlyItsJurisdictionsTasks_When_ScopedToDazhou()
    {
        var (id, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var api = await factory.MachineClientAsync(id, secret);

        var me = await Json.ReadAsync(await api.GetAsync("/api/v1/me"));
        var list = await Json.ReadAsync(await api.GetAsync("/api/v1/tasks?limit=200"));
        var hidden = await api.GetAsync("/api/v1/tasks/WDK-2023-04");

        Assert.Equal("client", me.GetProperty("kind").GetString());
        Assert.Equal(new[] { "DZ" }, me.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()!).ToArray());
        var keys = list.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, t => Assert.Contains(t.GetProperty("parties").EnumerateArray(), p => p.GetProperty("jurisdiction").GetString() == "DZ"));
        await Json.ProblemAsync(hidden, 404);
    }

    [Fact]
    public async Task ClientToken_Should_Answer403_When_TheClientLacksTheReadScope()
    {
        var (id, secret) = await factory.CreateClientAsync(["WZ"], ["ledger.write"]);
        var api = await factory.MachineClientAsync(id, secret);

        var response = await api.GetAsync("/api/v1/tasks");

        Assert.Equal("forbidden", (await Json.ProblemAsync(response, 403)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Token_Should_Answer401InvalidClient_When_TheSecretIsWrong()
    {
        var (id, _) = await factory.CreateClientAsync(["WZ"], ["ledger.read"]);
        var client = factory.CreateClient();

        var response = await client.SendAsync(TokenRequest(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = "wrong",
        }));

        Assert.Equal("invalid_client", (await Json.ProblemAsync(response, 401)).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("password", "ledger.read", "unsupported_grant_type")]
    [InlineData("client_credentials", "ledger.admin", "invalid_scope")]
    public async Task Token_Should_Answer400_When_TheGrantOrScopeIsNotAllowed(string grant, string scope, string error)
    {
        var (id, secret) = await factory.CreateClientAsync(["WZ"], ["ledger.read"]);
        var client = factory.CreateClient();

        var response = await client.SendAsync(TokenRequest(new()
        {
            ["grant_type"] = grant, ["client_id"] = id, ["client_secret"] = secret, ["scope"] = scope,
        }));

        Assert.Equal(error, (await Json.ProblemAsync(response, 400)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_Should_Answer415_When_TheBodyIsJsonInsteadOfAForm()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials" });

        await Json.ProblemAsync(response, 415);
    }

    private static HttpRequestMessage TokenRequest(Dictionary<string, string> form) =>
        new(HttpMethod.Post, "/api/v1/auth/token") { Content = new FormUrlEncodedContent(form) };
}
