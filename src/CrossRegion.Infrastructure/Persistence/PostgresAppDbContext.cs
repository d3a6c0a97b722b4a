using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>Server mode: PostgreSQL, shared by every API node.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser caller, TimeProvider time, IAuditSeal seal)
    : AppDbContext(options, caller, time, seal)
{
    // Any number of nodes share the database: a transaction-scoped advisory lock, released by PostgreSQL at commit or
    // rollback.
    public override async Task<IAsyncDisposable> LockAsync(long key, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        return NoRelease.Instance;
    }

    private sealed class NoRelease : IAsyncDisposable
    {
        public static readonly NoRelease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Keys sort and page by ordinal comparison, as in SQLite, whatever the cluster's locale.
        builder.Entity<CoordinatedTask>().Property(t => t.Key).UseCollation("C");
    }
}
