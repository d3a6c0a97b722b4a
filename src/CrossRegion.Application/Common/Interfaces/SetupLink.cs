namespace CrossRegion.Application.Common.Interfaces;

/// <summary>A one-time token to set a password, shown once; valid until <paramref name="ExpiresAt"/> or its first use.</summary>
public sealed record SetupLink(string Token, DateTimeOffset ExpiresAt);
