using Npgsql;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>
/// A fresh database for one test host, on the provider the run asks for: CROSSREGION_TEST_PROVIDER=sqlite (a file)
/// or postgres (a new database in the throwaway cluster whose base connection string is CROSSREGION_TEST_PG).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string _name;

    private TestDatabase(string provider, string connectionString, string? adminConnection, string name, string directory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnection = adminConnection;
        _name = name;
        Directory = directory;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public string Directory { get; }

    /// <summary>sqlite (the default) or postgres; anything else is a mistake in the run's set-up, not a reason to test SQLite.</summary>
    public static string CurrentProvider => Environment.GetEnvironmentVariable("CROSSREGION_TEST_PROVIDER") switch
    {
        null or "" or "sqlite" => "sqlite",
        "postgres" => "postgres",
        var other => throw new InvalidOperationException($"CROSSREGION_TEST_PROVIDER must be sqlite or postgres, not '{other}'."),
    };

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "crossregion_test_" + Guid.NewGuid().ToString("N")[..12];
        var directory = Path.Combine(Path.GetTempPath(), name);
        System.IO.Directory.CreateDirectory(directory);
        if (CurrentProvider == "sqlite")
        {
            return new TestDatabase("sqlite", $"Data Source={Path.Combine(directory, "test.db")}", null, name, directory);
        }

        var admin = Environment.GetEnvironmentVariable("CROSSREGION_TEST_PG")
            ?? throw new InvalidOperationException("CROSSREGION_TEST_PG must name the throwaway PostgreSQL (run tests/run.sh).");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase("postgres", builder.ConnectionString, admin, name, directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
