using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file under the data folder.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser caller, TimeProvider time)
    : AppDbContext(options, caller, time)
{
    // The embedded default is one process over one file: an in-process lock serialises appends to the chain.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);

    protected override async Task<IAsyncDisposable> LockAuditChainAsync(CancellationToken cancellationToken)
    {
        await ChainLock.WaitAsync(cancellationToken);
        return new Releaser();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time type; as binary (UTC ticks) instants compare and sort correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    private sealed class Releaser : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            ChainLock.Release();
            return ValueTask.CompletedTask;
        }
    }
}
