using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>The token server's keys: asymmetric signing keys (the first signs, all are published) and the encryption key.</summary>
public sealed class OpenIdKeys
{
    private const int EncryptionKeyBytes = 32;

    private OpenIdKeys(IReadOnlyList<RsaSecurityKey> signing, SymmetricSecurityKey encryption)
    {
        Signing = signing;
        Encryption = encryption;
    }

    public IReadOnlyList<RsaSecurityKey> Signing { get; }
    public SymmetricSecurityKey Encryption { get; }

    /// <param name="demoDirectory">Where a demo installation keeps its generated keys; null outside demo mode.</param>
    public static OpenIdKeys Create(OpenIdOptions options, string? demoDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var files = options.SigningKeyFiles.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        if (files.Count == 0 && demoDirectory is not null)
        {
            Directory.CreateDirectory(demoDirectory);
            var demo = Path.Combine(demoDirectory, "demo-openid-signing.pem");
            if (!File.Exists(demo))
            {
                using var generated = RSA.Create(2048);
                File.WriteAllText(demo, generated.ExportRSAPrivateKeyPem());
            }

            files.Add(demo);
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("No OpenId__SigningKeyFiles__0 is configured (an RSA private key in PEM); only demo mode generates one by itself.");
        }

        var signing = files.Select(Load).ToList();
        var encryption = InstallationKeys.Resolve(
            options.EncryptionKey, demoDirectory is null ? null : Path.Combine(demoDirectory, "demo-openid-encryption.key"), "OpenId__EncryptionKey", EncryptionKeyBytes);
        return new OpenIdKeys(signing, new SymmetricSecurityKey(encryption[..EncryptionKeyBytes]));
    }

    // The key id is derived from the public key, so every node names the same key alike.
    private static RsaSecurityKey Load(string file)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(file));
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint())[..16];
        return key;
    }
}
