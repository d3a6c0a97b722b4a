namespace CrossRegion.Application.Clients.Common;

/// <summary>The new secret, shown once; the old one is accepted until <paramref name="PreviousSecretValidUntil"/>.</summary>
public sealed record ClientSecretRotatedDto(string ClientId, string Secret, DateTimeOffset? PreviousSecretValidUntil);
