using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrossRegion.Infrastructure.Idempotency;

/// <summary>
/// Records are unique per caller and key: a concurrent duplicate waits on the unique index and then finds the
/// committed record (or nothing, when the first request failed and rolled back).
/// </summary>
internal sealed class IdempotencyStore(AppDbContext db, TimeProvider time) : IIdempotencyStore
{
    public async Task<IIdempotencyClaim?> TryClaimAsync(string caller, string key, string requestHash, string path, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = IdempotencyRecord.Create(caller, key, requestHash, path, time.GetUtcNow());
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Claim(db, transaction, record);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public Task<StoredResponse?> FindAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.Caller == caller && r.Key == key)
            .Select(r => new StoredResponse(r.RequestHash, r.Path, r.StatusCode, r.ResponseBody, r.Location))
            .SingleOrDefaultAsync(cancellationToken);

    private sealed class Claim(AppDbContext db, IDbContextTransaction transaction, IdempotencyRecord record) : IIdempotencyClaim
    {
        public async Task CompleteAsync(int statusCode, string responseBody, string? location, CancellationToken cancellationToken)
        {
            record.Complete(statusCode, responseBody, location);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
