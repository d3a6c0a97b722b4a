namespace CrossRegion.Infrastructure.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>sqlite</c> (embedded default) or <c>postgres</c> (server mode).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Connection string; for SQLite it defaults to <c>crossregion.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations (and seed) when the service starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
