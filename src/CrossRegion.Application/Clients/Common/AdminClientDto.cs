namespace CrossRegion.Application.Clients.Common;

/// <summary>A machine client as its administrator sees it (never a secret).</summary>
/// <param name="PreviousSecretValidUntil">Until when the secret before the last rotation is still accepted.</param>
public sealed record AdminClientDto(
    string ClientId,
    string Name,
    IReadOnlyList<string> Jurisdictions,
    IReadOnlyList<string> Scopes,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? PreviousSecretValidUntil);
