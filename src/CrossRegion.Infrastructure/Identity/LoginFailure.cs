namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Failed sign-ins in a row for one user name from one client address. Keyed by a hash of the pair, so the table
/// holds neither user names nor addresses; <see cref="UserKey"/> (a hash of the user name alone) lets an administrator
/// clear a person's failures from every address at once.
/// </summary>
public sealed class LoginFailure
{
    private LoginFailure()
    {
        Key = UserKey = string.Empty;
    }

    public string Key { get; private set; }
    public string UserKey { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }

    public static LoginFailure First(string key, string userKey, DateTimeOffset now) => new() { Key = key, UserKey = userKey, Failures = 1, LastFailureAt = now };
}
