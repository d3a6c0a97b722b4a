namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>
/// The standard OAuth 2.0 / OpenID Connect server (configuration section <c>OpenId</c>). Outside demo mode the keys
/// come from files: the first signing key signs, every listed one is published in the JWKS (add the next key second,
/// move it first once every node has it, drop the old one after the longest token lifetime).
/// </summary>
public sealed class OpenIdOptions
{
    public const string SectionName = "OpenId";

    /// <summary>Absolute issuer URI; empty: the address the caller used (one installation, one public address).</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience of every access token, our API (the claim <c>aud</c>; the bearer validator requires it).</summary>
    public string Audience { get; set; } = "crossregion-api";

    /// <summary>RSA private keys in PEM files, the signing one first.</summary>
    public IList<string> SigningKeyFiles { get; } = [];

    /// <summary>The key that encrypts refresh tokens (base64 with prefix <c>base64:</c>, at least 32 bytes); the same on every node.</summary>
    public string? EncryptionKey { get; set; }
}
