namespace CrossRegion.Application.Common.Interfaces;

/// <summary>A claimed idempotency key with its open transaction; see <see cref="IIdempotencyStore"/>.</summary>
public interface IIdempotencyClaim : IAsyncDisposable
{
    /// <summary>Stores the response with what the request wrote and commits the transaction.</summary>
    Task CompleteAsync(int statusCode, string responseBody, string? location, CancellationToken cancellationToken);
}
