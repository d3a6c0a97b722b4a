namespace CrossRegion.Infrastructure.Identity;

/// <summary>A password a person used before (its hash), so that a new one cannot repeat the last few.</summary>
public sealed class PasswordHistoryEntry
{
    private PasswordHistoryEntry()
    {
        PasswordHash = string.Empty;
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public string PasswordHash { get; private set; }
    public DateTimeOffset ReplacedAt { get; private set; }

    public static PasswordHistoryEntry Of(Guid userId, string passwordHash, DateTimeOffset replacedAt) =>
        new() { UserId = userId, PasswordHash = passwordHash, ReplacedAt = replacedAt };
}
