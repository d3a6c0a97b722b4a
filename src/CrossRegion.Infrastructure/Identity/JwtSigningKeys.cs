using System.Security.Cryptography;
using System.Text;
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

        var secret = options.SigningKey is { Length: > 0 } configured
            ? Decode(configured)
            : demoKeyFile is not null
                ? DemoKey(demoKeyFile)
                : throw new InvalidOperationException(
                    "No token signing key is configured. Set Jwt__SigningKey (at least 32 bytes) or Jwt__RsaPrivateKeyFile; " +
                    "only demo mode generates a key by itself.");
        if (secret.Length < MinimumHmacBytes)
        {
            throw new InvalidOperationException($"Jwt:SigningKey must be at least {MinimumHmacBytes} bytes.");
        }

        return new JwtSigningKeys(new SymmetricSecurityKey(secret) { KeyId = "hs256-1" }, SecurityAlgorithms.HmacSha256);
    }

    private static byte[] Decode(string configured) =>
        configured.StartsWith("base64:", StringComparison.Ordinal)
            ? Convert.FromBase64String(configured["base64:".Length..])
            : Encoding.UTF8.GetBytes(configured);

    // A demo installation gets a random key of its own, kept beside its database so tokens survive a restart.
    private static byte[] DemoKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
