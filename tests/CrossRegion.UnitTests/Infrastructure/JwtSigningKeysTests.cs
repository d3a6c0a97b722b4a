using System.Security.Cryptography;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.UnitTests.Infrastructure;

public sealed class JwtSigningKeysTests
{
    [Fact]
    public void Create_Should_UseRs256_When_AnRsaKeyIsConfigured()
    {
        using var rsa = RSA.Create(2048);

        var keys = JwtSigningKeys.Create(new JwtOptions { RsaPrivateKeyPem = rsa.ExportRSAPrivateKeyPem() }, demoKeyFile: null);

        Assert.Equal(SecurityAlgorithms.RsaSha256, keys.Algorithm);
    }

    [Fact]
    public async Task IssuedToken_Should_ValidateOnlyWithTheSameKey_When_SignedWithRs256()
    {
        using var rsa = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var options = new JwtOptions { RsaPrivateKeyPem = rsa.ExportRSAPrivateKeyPem() };
        var keys = JwtSigningKeys.Create(options, null);
        var issuer = new JwtAccessTokenIssuer(keys, Options.Create(options), Options.Create(new AuthOptions()), TimeProvider.System);

        var token = issuer.Issue(new TokenSubject(CallerKind.User, Guid.NewGuid().ToString(), "wz.admin", ["WZ"], null, UserRoles.CityCoordinator, ["ledger.read"]));

        var handler = new JsonWebTokenHandler();
        var valid = await handler.ValidateTokenAsync(token.Token, Parameters(keys.Key, options));
        var forged = await handler.ValidateTokenAsync(token.Token, Parameters(new RsaSecurityKey(other), options));
        Assert.True(valid.IsValid);
        Assert.Equal("WZ", valid.Claims["jur"]);
        Assert.False(forged.IsValid);
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("")]
    public void Create_Should_Refuse_When_NoUsableKeyIsConfiguredOutsideDemoMode(string key)
    {
        Assert.Throws<InvalidOperationException>(() => JwtSigningKeys.Create(new JwtOptions { SigningKey = key }, demoKeyFile: null));
    }

    [Fact]
    public void Create_Should_KeepTheGeneratedDemoKey_When_StartedTwice()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "demo-signing.key");

        var first = (SymmetricSecurityKey)JwtSigningKeys.Create(new JwtOptions(), file).Key;
        var second = (SymmetricSecurityKey)JwtSigningKeys.Create(new JwtOptions(), file).Key;

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(64, first.Key.Length);
    }

    private static TokenValidationParameters Parameters(SecurityKey key, JwtOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
    };
}
