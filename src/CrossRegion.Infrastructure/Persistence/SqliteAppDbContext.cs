using System.Collections.Concurrent;
using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file under the data folder.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser caller, TimeProvider time, IAuditSeal seal)
    : AppDbContext(options, caller, time, seal)
{
    // The embedded default is one process over one file: an in-process lock per file and key (a process that opens
    // several files, as the tests' hosts do, serialises each file's writers only among themselves).
    private static readonly ConcurrentDictionary<(string File, long Key), SemaphoreSlim> Locks = new();

    public override async Task<IAsyncDisposable> LockAsync(long key, CancellationToken cancellationToken)
    {
        var gate = Locks.GetOrAdd((Database.GetConnectionString() ?? string.Empty, key), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // SQLite keeps decimals as text, which compares as text ("9" > "10"); the ledger filters list columns by range
        // (总投资 between 10 and 100 亿元), so their numbers are stored as REAL. Four decimals of 亿元 survive the round trip.
        builder.Entity<Domain.Tasks.TaskField>().Property(f => f.Number).HasConversion<double?>();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time type; as binary (UTC ticks) instants compare and sort correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    private sealed class Releaser(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
