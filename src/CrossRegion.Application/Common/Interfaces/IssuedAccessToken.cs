namespace CrossRegion.Application.Common.Interfaces;

public sealed record IssuedAccessToken(string Token, int ExpiresInSeconds);
