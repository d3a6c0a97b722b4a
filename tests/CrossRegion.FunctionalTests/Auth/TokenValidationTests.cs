using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Identity.OpenId;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.FunctionalTests.Auth;

/// <summary>Every token that is not exactly ours, current and intact is refused with 401.</summary>
[Collection(ApiCollection.Name)]
public sealed class TokenValidationTests(ApiFactory factory)
{
    private static readonly Claim[] JointOfficeClaims =
    [
        new("sub", Guid.NewGuid().ToString()), new("name", "intruder"), new("typ_caller", "user"),
        new("role", "joint_office_coordinator"), new("scope", "ledger.read"),
    ];

    [Fact]
    public async Task Api_Should_Answer401_When_NoTokenIsSent()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/tasks");

        var problem = await Json.ProblemAsync(response, 401);
        Assert.Equal("unauthenticated", problem.GetProperty("code").GetString());
    }

    public static TheoryData<string> BadTokens() => new()
    {
        "expired", "wrong_key", "wrong_issuer", "wrong_audience", "alg_none", "hs256_with_the_public_key", "tampered_payload",
        "garbage", "no_expiry", "no_such_user", "no_token_entry",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Api_Should_Answer401InvalidToken_When_TheTokenIsNotValid(string kind)
    {
        var real = await LegitimateTokenAsync();
        var issuer = new JsonWebToken(real).Issuer;
        var key = factory.Services.GetRequiredService<OpenIdKeys>().Signing[0];
        using var other = RSA.Create(2048);
        var token = kind switch
        {
            "expired" => Sign(key, issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(-5)),
            "wrong_key" => Sign(new RsaSecurityKey(other), issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5)),
            "wrong_issuer" => Sign(key, "https://someone-else.example/", ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5)),
            "wrong_audience" => Sign(key, issuer, "another-api", DateTime.UtcNow.AddMinutes(5)),
            "alg_none" => Unsigned(issuer),

            // Algorithm confusion: the published public key used as an HMAC secret.
            "hs256_with_the_public_key" => SignHmac(PublicKeyBytes(key), issuer),
            "tampered_payload" => Tamper(real),
            "no_expiry" => Sign(key, issuer, ApiFactory.Audience, null),

            // Signed with the real key, unexpired, every claim in order: but nobody with that id exists, or the token
            // server never issued it (no entry of its own to revoke, so it is not honoured).
            "no_such_user" => Sign(key, issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5), ("oi_tkn_id", new JsonWebToken(real).GetClaim("oi_tkn_id").Value)),
            "no_token_entry" => Sign(key, issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5), ("sub", new JsonWebToken(real).Subject)),
            _ => "not.a.jwt",
        };

        var response = await Send(token);

        var problem = await Json.ProblemAsync(response, 401);
        Assert.Equal("invalid_token", problem.GetProperty("code").GetString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Should_AcceptATokenSignedWithTheRealKey_When_ItCopiesARealOnesEntry()
    {
        // The control for the theory above: the forging helper makes tokens the API accepts when nothing is wrong.
        var real = new JsonWebToken(await LegitimateTokenAsync());
        var key = factory.Services.GetRequiredService<OpenIdKeys>().Signing[0];

        var forged = Sign(key, real.Issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5),
            ("sub", real.Subject), ("oi_tkn_id", real.GetClaim("oi_tkn_id").Value), ("jur", "DZ"), ("role", "department_officer"));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await Send(forged)).StatusCode);
    }

    private async Task<HttpResponseMessage> Send(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/tasks");
    }

    private static string Sign(SecurityKey key, string issuer, string audience, DateTime? expires, params (string Type, string Value)[] claims) =>
        Create(new SigningCredentials(key, SecurityAlgorithms.RsaSha256), issuer, audience, expires, claims);

    private static string SignHmac(byte[] secret, string issuer) =>
        Create(new SigningCredentials(new SymmetricSecurityKey(secret), SecurityAlgorithms.HmacSha256), issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5), []);

    private static string Create(SigningCredentials credentials, string issuer, string audience, DateTime? expires, (string Type, string Value)[] claims)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = expires is not null };
        var replaced = claims.Select(c => c.Type).ToHashSet(StringComparer.Ordinal);
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(JointOfficeClaims.Where(c => !replaced.Contains(c.Type)).Concat(claims.Select(c => new Claim(c.Type, c.Value)))),
            IssuedAt = expires is null ? null : expires.Value.AddMinutes(-15),
            NotBefore = expires is null ? null : expires.Value.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = credentials,
        });
    }

    private static byte[] PublicKeyBytes(SecurityKey key) =>
        Encoding.UTF8.GetBytes(((RsaSecurityKey)key).Rsa.ExportSubjectPublicKeyInfoPem());

    private static string Unsigned(string issuer)
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = issuer, ["aud"] = ApiFactory.Audience, ["sub"] = Guid.NewGuid().ToString(), ["name"] = "intruder",
            ["typ_caller"] = "user", ["role"] = "joint_office_coordinator", ["scope"] = "ledger.read",
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds(),
        }));
        return $"{header}.{payload}.";
    }

    // A Dazhou officer's real token with its jurisdiction claim rewritten to Wanzhou, keeping the old signature.
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"DZ\"", "\"WZ\"", StringComparison.Ordinal);
        Assert.Contains("\"WZ\"", payload, StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private async Task<string> LegitimateTokenAsync()
    {
        var client = await factory.ClientForAsync("dz.transport");
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }
}
