using CrossRegion.Application.Changes.Common;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// Positions committed events in batches, each batch after the highest position given so far, under a lock that
/// serialises sequencers across nodes (an advisory lock on PostgreSQL; one process owns an SQLite file).
/// </summary>
internal sealed class OutboxSequencer(AppDbContext db) : IOutboxSequencer
{
    private const int Batch = 5000;
    private const long SequencerLockKey = 0x4352_5345_5155_45;

    public async Task<int> SequenceAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int positioned;
        do
        {
            positioned = await SequenceBatchAsync(cancellationToken);
            total += positioned;
        }
        while (positioned == Batch);

        return total;
    }

    private async Task<int> SequenceBatchAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var lease = await db.LockAsync(SequencerLockKey, cancellationToken);
        var positioned = await db.Database.ExecuteSqlRawAsync($"""
            UPDATE "OutboxEvents" SET "Position" = (SELECT COALESCE(MAX(x."Position"), 0) FROM "OutboxEvents" x) + b.rn
            FROM (SELECT "Id", ROW_NUMBER() OVER (ORDER BY "Id") AS rn FROM "OutboxEvents" WHERE "Position" IS NULL ORDER BY "Id" LIMIT {Batch}) b
            WHERE "OutboxEvents"."Id" = b."Id"
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return positioned;
    }
}
