namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Slows password guessing without letting anyone lock a victim out (ADR 0013): failures are counted per user name
/// and client address, and after a few free ones each further attempt from that address waits longer. The same
/// answers for a user name that exists and one that does not.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>How long this client must wait before it may try this user name again; null when it may now.</summary>
    Task<TimeSpan?> WaitAsync(string userName, CancellationToken cancellationToken);

    Task RecordFailureAsync(string userName, CancellationToken cancellationToken);

    Task RecordSuccessAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Forgets the user name's failures from every address (an administrator's unlock).</summary>
    Task ClearAsync(string userName, CancellationToken cancellationToken);
}
