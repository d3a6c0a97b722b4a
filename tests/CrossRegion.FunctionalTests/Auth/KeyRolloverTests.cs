using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Identity.OpenId;
using Duende.IdentityModel.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.FunctionalTests.Auth;

/// <summary>
/// A signing-key rollover as an operator does it: the new key listed first (it signs), the old one second (still
/// published, so tokens it signed keep working until they expire); a key the installation does not list is refused.
/// </summary>
public sealed class KeyRolloverTests(KeyRolloverTests.RolloverFactory factory) : IClassFixture<KeyRolloverTests.RolloverFactory>
{
    [Fact]
    public async Task Rollover_Should_SignWithTheFirstKey_And_StillAcceptTokensOfThePublishedOldOne()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["YY"], ["ledger.read"]);
        var http = factory.CreateClient();
        var discovery = await http.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest { Address = http.BaseAddress!.ToString(), Policy = { RequireHttps = false } });
        Assert.False(discovery.IsError, discovery.Error);
        var keys = OpenIdKeys.Create(Options(factory.NewKey, factory.OldKey), null).Signing;

        var token = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest { Address = discovery.TokenEndpoint, ClientId = clientId, ClientSecret = secret });

        Assert.False(token.IsError, token.Error);
        Assert.Equal(keys.Select(k => k.KeyId).Order(), discovery.KeySet!.Keys.Select(k => k.Kid).Order());
        Assert.Equal(keys[0].KeyId, new JsonWebToken(token.AccessToken).Kid);
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(token.AccessToken!));
        Assert.Equal(HttpStatusCode.OK, await MeStatusAsync(Resign(token.AccessToken!, keys[1])));
        using var stranger = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeStatusAsync(Resign(token.AccessToken!, new RsaSecurityKey(stranger) { KeyId = keys[1].KeyId })));
    }

    private static OpenIdOptions Options(params string[] files)
    {
        var options = new OpenIdOptions { EncryptionKey = TestKeys.OpenIdEncryptionKey };
        foreach (var file in files)
        {
            options.SigningKeyFiles.Add(file);
        }

        return options;
    }

    // The same claims, signed by another key: as a token the old key signed before the rollover.
    private static string Resign(string token, SecurityKey key)
    {
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]));
        return new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    private async Task<HttpStatusCode> MeStatusAsync(string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).StatusCode;
    }

    /// <summary>A host of its own whose token server lists two keys, the new one first.</summary>
    public sealed class RolloverFactory : ApiFactory
    {
        public string NewKey { get; } = WriteKey("new");
        public string OldKey { get; } = WriteKey("old");

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OpenId:SigningKeyFiles:0", NewKey);
            builder.UseSetting("OpenId:SigningKeyFiles:1", OldKey);
        }

        private static string WriteKey(string name)
        {
            var path = Path.Combine(Directory.CreateTempSubdirectory("crossregion-rollover-").FullName, name + ".pem");
            using var rsa = RSA.Create(2048);
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
            return path;
        }
    }
}
