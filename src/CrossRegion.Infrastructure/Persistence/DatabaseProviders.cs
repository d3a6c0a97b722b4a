namespace CrossRegion.Infrastructure.Persistence;

public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
