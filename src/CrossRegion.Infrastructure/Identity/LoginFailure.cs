namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Failed sign-ins in a row for one user name from one client address. Keyed by a hash of the pair, so the table
/// holds neither user names nor addresses.
/// </summary>
public sealed class LoginFailure
{
    private LoginFailure()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }

    public static LoginFailure First(string key, DateTimeOffset now) => new() { Key = key, Failures = 1, LastFailureAt = now };
}
