namespace CrossRegion.Application.Clients.Common;

/// <summary>A machine client as its administrator sees it (never a secret).</summary>
/// <param name="PreviousSecretValidUntil">Until when the secret before the last rotation is still accepted.</param>
/// <param name="SignatureAlgorithm">hmac-sha256 or hmac-sm3 when the client signs its requests (X-App-Key …); null otherwise.</param>
/// <param name="SignatureRequired">Whether the client must sign: it gets no tokens, only signed requests act for it.</param>
public sealed record AdminClientDto(
    string ClientId,
    string Name,
    IReadOnlyList<string> Jurisdictions,
    IReadOnlyList<string> Scopes,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretValidUntil,
    string? SignatureAlgorithm,
    bool SignatureRequired);
