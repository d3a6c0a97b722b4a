namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Idempotency keys of create requests. A claim opens the transaction the request's own writes then join: completing
/// it stores the response and commits both; disposing it uncompleted rolls both back, so a failed request consumes
/// nothing.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/> for <paramref name="caller"/>; null when it was claimed before (see <see cref="FindAsync"/>).</summary>
    Task<IIdempotencyClaim?> TryClaimAsync(string caller, string key, string requestHash, string path, CancellationToken cancellationToken);

    /// <summary>What an earlier request with this key produced; null while that request is still in flight.</summary>
    Task<StoredResponse?> FindAsync(string caller, string key, CancellationToken cancellationToken);
}
