using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>What a database error means to a caller, whichever provider raised it.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a database failure we can explain: a bug, answered as 500.</summary>
    Other,

    /// <summary>A unique key was taken by a concurrent writer (or already existed): 409.</summary>
    Duplicate,

    /// <summary>A concurrent writer won (serialization failure, deadlock, lock timeout): 409, retry.</summary>
    Contention,

    /// <summary>The database cannot be reached or refuses connections for now: 503 with Retry-After.</summary>
    Unavailable,
}

/// <summary>Classifies provider exceptions, so the API maps each kind in one place instead of per handler.</summary>
public static class DatabaseFailure
{
    /// <param name="table">For a duplicate, the table whose unique key was taken, when the provider says.</param>
    public static DatabaseFailureKind Classify(Exception exception, out string? table)
    {
        table = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    table = pg.TableName;
                    return Postgres(pg.SqlState);
                case SqliteException sqlite:
                    return Sqlite(sqlite, ref table);
                case NpgsqlException or SocketException or TimeoutException:
                    // No SQL state: the connection failed, was cut, or the pool had none to give in time.
                    return DatabaseFailureKind.Unavailable;
            }
        }

        return DatabaseFailureKind.Other;
    }

    private static DatabaseFailureKind Postgres(string state) => state switch
    {
        PostgresErrorCodes.UniqueViolation => DatabaseFailureKind.Duplicate,
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable => DatabaseFailureKind.Contention,
        PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.ReadOnlySqlTransaction => DatabaseFailureKind.Unavailable,
        _ when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };

    // SQLite's extended codes: 2067 UNIQUE, 1555 PRIMARY KEY; 5 BUSY and 6 LOCKED when another connection holds the file.
    private static DatabaseFailureKind Sqlite(SqliteException sqlite, ref string? table)
    {
        if (sqlite.SqliteExtendedErrorCode is 2067 or 1555)
        {
            // "SQLite Error 19: 'UNIQUE constraint failed: Tasks.Key'."
            var failed = sqlite.Message.IndexOf("failed: ", StringComparison.Ordinal);
            table = failed < 0 ? null : new string(sqlite.Message[(failed + 8)..].TakeWhile(char.IsLetterOrDigit).ToArray());
            return DatabaseFailureKind.Duplicate;
        }

        return sqlite.SqliteErrorCode switch
        {
            5 or 6 => DatabaseFailureKind.Contention,
            14 => DatabaseFailureKind.Unavailable,
            _ => DatabaseFailureKind.Other,
        };
    }
}
