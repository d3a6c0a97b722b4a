using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>The one signing key of this installation and the only algorithm tokens may carry.</summary>
public sealed class JwtSigningKeys
{
    private const int MinimumHmacBytes = 32;

    private JwtSigningKeys(SecurityKey key, string algorithm)
    {
        Key = key;
        Algorithm = algorithm;
        Credentials = new SigningCredentials(key, algorithm);
    }

    public SecurityKey Key { get; }
    public string Algorithm { get; }
    public SigningCredentials Credentials { get; }

    /// <param name="demoKeyFile">Where a demo installation keeps its generated key; null outside demo mode.</param>
    public static JwtSigningKeys Create(JwtOptions options, string? demoKeyFile)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pem = options.RsaPrivateKeyPem
            ?? (options.RsaPrivateKeyFile is { } file ? File.ReadAllText(file) : null);
        if (!string.IsNullOrWhiteSpace(pem))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new JwtSigningKeys(new RsaSecurityKey(rsa) { KeyId = "rs256-1" }, SecurityAlgorithms.RsaSha256);
        }

        var secret = InstallationKeys.Resolve(options.SigningKey, demoKeyFile, "Jwt__SigningKey", MinimumHmacBytes);
        return new JwtSigningKeys(new SymmetricSecurityKey(secret) { KeyId = "hs256-1" }, SecurityAlgorithms.HmacSha256);
    }
}
