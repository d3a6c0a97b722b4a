using CrossRegion.Domain.Common;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Identity;

/// <summary>A machine client (a provincial system) using the OAuth 2.0 client-credentials grant.</summary>
public sealed class ApiClient
{
    private ApiClient()
    {
        ClientId = Name = SecretHash = Jurisdictions = Scopes = string.Empty;
    }

    public Guid Id { get; private set; }
    public string ClientId { get; private set; }
    public string Name { get; private set; }
    public string SecretHash { get; private set; }

    /// <summary>Space-separated jurisdiction codes whose tasks the client may see.</summary>
    public string Jurisdictions { get; private set; }

    /// <summary>Space-separated OAuth scopes the client may be granted.</summary>
    public string Scopes { get; private set; }

    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The secret before the last rotation, accepted until <see cref="PreviousSecretValidUntil"/> (a grace period).</summary>
    public string? PreviousSecretHash { get; private set; }

    public DateTimeOffset? PreviousSecretValidUntil { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    /// <summary>
    /// The key the client signs requests with (ADR 0028), encrypted with the installation's Data Protection keys: an HMAC
    /// needs the key itself, unlike the hashed secret. Null when the client does not sign.
    /// </summary>
    public string? SigningKey { get; private set; }

    /// <summary><c>hmac-sha256</c> or <c>hmac-sm3</c>; null when the client does not sign.</summary>
    public string? SignatureAlgorithm { get; private set; }

    /// <summary>Whether the client must sign: then the token endpoint refuses it, and only signed requests act for it.</summary>
    public bool SignatureRequired { get; private set; }

    public DateTimeOffset? SigningKeySetAt { get; private set; }

    public IReadOnlyList<string> JurisdictionList => Split(Jurisdictions);
    public IReadOnlyList<string> ScopeList => Split(Scopes);

    public static ApiClient Create(
        string clientId, string name, IEnumerable<string> jurisdictions, IEnumerable<string> scopes, DateTimeOffset now)
    {
        var codes = jurisdictions.Distinct(StringComparer.Ordinal).ToList();
        var unknown = codes.Find(c => !JurisdictionCodes.IsKnown(c));
        if (unknown is not null || codes.Count == 0)
        {
            throw new DomainRuleException("client.jurisdictions", "客户端须限定于一个或多个已知地区。", "A client is scoped to one or more known jurisdictions.");
        }

        var scopeList = scopes.Distinct(StringComparer.Ordinal).ToList();
        if (scopeList.Count == 0)
        {
            throw new DomainRuleException("client.scopes", "客户端至少要有一个权限范围。", "A client needs at least one scope.");
        }

        return new ApiClient
        {
            Id = Guid.CreateVersion7(),
            ClientId = Guard.Text(clientId, "client_id", 64),
            Name = Guard.Text(name, "name", 128),
            Jurisdictions = string.Join(' ', codes),
            Scopes = string.Join(' ', scopeList),
            IsActive = true,
            CreatedAt = now,
        };
    }

    public void SetSecretHash(string hash) => SecretHash = Guard.Text(hash, "secret_hash", 512);

    /// <summary>
    /// A new secret; the old one keeps working until <paramref name="previousValidUntil"/> so the provincial system can
    /// switch without an outage (now or earlier: at once). A second rotation ends the first one's grace.
    /// </summary>
    public void RotateSecret(string newHash, DateTimeOffset now, DateTimeOffset previousValidUntil)
    {
        PreviousSecretHash = previousValidUntil > now ? SecretHash : null;
        PreviousSecretValidUntil = previousValidUntil > now ? previousValidUntil : null;
        SecretRotatedAt = now;
        SetSecretHash(newHash);
    }

    /// <summary>The hashes a presented secret may match at <paramref name="now"/>: the current one, and the previous within its grace.</summary>
    public IReadOnlyList<string> SecretHashesAt(DateTimeOffset now) =>
        PreviousSecretHash is { } previous && PreviousSecretValidUntil > now ? [SecretHash, previous] : [SecretHash];

    /// <summary>A new signing key (the old one stops at once: a gateway is reconfigured with the key in one step).</summary>
    public void SetSigningKey(string protectedKey, string algorithm, bool required, DateTimeOffset now)
    {
        SigningKey = Guard.Text(protectedKey, "signing_key", 1000);
        SignatureAlgorithm = Guard.Text(algorithm, "algorithm", 16);
        SignatureRequired = required;
        SigningKeySetAt = now;
    }

    /// <summary>The client stops signing: signed requests are refused, tokens work again.</summary>
    public void RemoveSigningKey()
    {
        SigningKey = null;
        SignatureAlgorithm = null;
        SignatureRequired = false;
        SigningKeySetAt = null;
    }

    public void Disable() => IsActive = false;

    public void Enable() => IsActive = true;

    private static List<string> Split(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
