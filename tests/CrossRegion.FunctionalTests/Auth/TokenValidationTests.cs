using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
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
        "expired", "wrong_key", "wrong_issuer", "wrong_audience", "alg_none", "tampered_payload", "garbage", "no_expiry",
        "no_such_user",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Api_Should_Answer401InvalidToken_When_TheTokenIsNotValid(string kind)
    {
        var token = kind switch
        {
            "expired" => Sign(ApiFactory.SigningKey, ApiFactory.Issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(-5)),
            "wrong_key" => Sign("another-key-that-is-long-enough-0123456789", ApiFactory.Issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5)),
            "wrong_issuer" => Sign(ApiFactory.SigningKey, "someone-else", ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5)),
            "wrong_audience" => Sign(ApiFactory.SigningKey, ApiFactory.Issuer, "another-api", DateTime.UtcNow.AddMinutes(5)),
            "alg_none" => Unsigned(),
            "tampered_payload" => Tamper(await LegitimateTokenAsync()),
            "no_expiry" => Sign(ApiFactory.SigningKey, ApiFactory.Issuer, ApiFactory.Audience, null),

            // Signed with the real key, unexpired, every claim in order: but nobody with that id exists.
            "no_such_user" => Sign(ApiFactory.SigningKey, ApiFactory.Issuer, ApiFactory.Audience, DateTime.UtcNow.AddMinutes(5)),
            _ => "not.a.jwt",
        };

        var response = await Send(token);

        var problem = await Json.ProblemAsync(response, 401);
        Assert.Equal("invalid_token", problem.GetProperty("code").GetString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/v1/tasks");
    }

    private static string Sign(string key, string issuer, string audience, DateTime? expires)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = expires is not null };
        var now = DateTime.UtcNow;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(JointOfficeClaims),
            IssuedAt = expires is null ? null : expires.Value.AddMinutes(-15),
            NotBefore = expires is null ? null : expires.Value.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = ApiFactory.Issuer, ["aud"] = ApiFactory.Audience, ["sub"] = Guid.NewGuid().ToString(), ["name"] = "intruder",
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
