namespace CrossRegion.Application.Auth.Common;

/// <summary>Token lifetimes, the sign-in throttle and the session check (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>Failed sign-ins for one user name from one address before each further attempt must wait.</summary>
    public int FreeFailedLogins { get; set; } = 5;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="MaxLoginDelayMinutes"/>.</summary>
    public double FirstLoginDelaySeconds { get; set; } = 2;

    public double MaxLoginDelayMinutes { get; set; } = 15;

    /// <summary>A user name and address pair with no failure for this long starts afresh.</summary>
    public int FailedLoginMemoryHours { get; set; } = 24;

    /// <summary>How long a node trusts its last answer that a session stands (logout reaches every node within it).</summary>
    public double SessionCheckSeconds { get; set; } = 5;

    /// <summary>The wait after <paramref name="failures"/> failures in a row; null while they are free.</summary>
    public TimeSpan? LoginDelay(int failures)
    {
        if (failures < FreeFailedLogins)
        {
            return null;
        }

        var seconds = FirstLoginDelaySeconds * Math.Pow(2, Math.Min(failures - FreeFailedLogins, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxLoginDelayMinutes * 60));
    }
}
