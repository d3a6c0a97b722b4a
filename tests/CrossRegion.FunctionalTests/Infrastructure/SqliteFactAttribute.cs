namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>A fact about the embedded mode (SQLite, Hangfire's in-memory store): runs in the SQLite pass of tests/run.sh.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.CurrentProvider != "sqlite")
        {
            Skip = "Embedded mode only: runs in the SQLite pass of tests/run.sh.";
        }
    }
}
