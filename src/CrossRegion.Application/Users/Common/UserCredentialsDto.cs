namespace CrossRegion.Application.Users.Common;

/// <summary>
/// A person created or reset by an administrator, with the one-time setup link's token when one was issued (shown
/// this once: pass it on to the person, who sets a password at POST /api/v1/auth/setup).
/// </summary>
public sealed record UserCredentialsDto(AdminUserDto User, string? SetupToken, DateTimeOffset? SetupExpiresAt);
