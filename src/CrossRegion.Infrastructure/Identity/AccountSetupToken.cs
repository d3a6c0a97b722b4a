namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// A one-time link to set a password (a new account, or an administrator's reset). Only the SHA-256 of the token is
/// kept; the token itself is shown once to the administrator. Spent when used; a newer link replaces older ones.
/// </summary>
public sealed class AccountSetupToken
{
    private AccountSetupToken()
    {
        TokenHash = string.Empty;
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static AccountSetupToken For(Guid userId, string tokenHash, DateTimeOffset expiresAt) =>
        new() { UserId = userId, TokenHash = tokenHash, ExpiresAt = expiresAt };

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void Spend(DateTimeOffset now) => UsedAt = now;
}
