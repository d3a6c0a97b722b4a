using System.Collections.Concurrent;
using Npgsql;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// One run of a job at a time across the cluster. Hangfire's own distributed lock (a row with a timeout) would have
/// to outlast the longest chase and would then hold up the recovery of a killed node's run for as long; a
/// session-level advisory lock on PostgreSQL is held exactly as long as the run's connection lives, and PostgreSQL
/// drops it the moment a killed node's connection closes. One process owns an SQLite file: a gate per file and job.
/// </summary>
internal abstract class JobLocks
{
    /// <summary>The lock, to dispose when the run ends; null when another run of the job holds it.</summary>
    public abstract Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken);

    protected static string KeyOf(string job) => "crossregion.job." + job;
}

internal sealed class PostgresJobLocks(string connectionString) : JobLocks
{
    public override async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@key, 0))", connection);
            command.Parameters.AddWithValue("key", KeyOf(job));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection, KeyOf(job));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@key, 0))", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

internal sealed class SqliteJobLocks(string connectionString) : JobLocks
{
    private static readonly ConcurrentDictionary<(string File, string Job), SemaphoreSlim> Gates = new();

    public override async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd((connectionString, job), _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Held(gate) : null;
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
