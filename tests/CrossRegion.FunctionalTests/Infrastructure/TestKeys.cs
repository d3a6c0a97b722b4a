using System.Security.Cryptography;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>Keys for hosts that run outside demo mode (which generates its own): a token-signing RSA key in a PEM file.</summary>
public static class TestKeys
{
    public const string OpenIdEncryptionKey = "functional-tests-openid-encryption-key-0123456789";

    private static readonly Lazy<string> Pem = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("crossregion-keys-").FullName, "openid-signing.pem");
        using var rsa = RSA.Create(2048);
        File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
        return path;
    });

    public static string OpenIdSigningKeyFile => Pem.Value;
}
