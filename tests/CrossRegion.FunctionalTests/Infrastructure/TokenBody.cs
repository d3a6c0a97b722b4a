namespace CrossRegion.FunctionalTests.Infrastructure;

#pragma warning disable IDE1006, CA1707 // Wire names of RFC 6749 §5.1.
public sealed record TokenBody(string access_token, string token_type, int expires_in, string? refresh_token, string? scope);
#pragma warning restore IDE1006, CA1707
