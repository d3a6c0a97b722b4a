namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Access-token settings (configuration section <c>Jwt</c>). Exactly one key source: <see cref="SigningKey"/>
/// (HS256, at least 32 bytes) or an RSA private key (RS256). No key is ever committed for production: outside demo
/// mode the service refuses to start without one.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "crossregion";
    public string Audience { get; set; } = "crossregion-api";

    /// <summary>HS256 secret: base64 (prefix <c>base64:</c>) or plain text of at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    /// <summary>RS256 private key in PEM, inline.</summary>
    public string? RsaPrivateKeyPem { get; set; }

    /// <summary>RS256 private key in PEM, from a file.</summary>
    public string? RsaPrivateKeyFile { get; set; }
}
