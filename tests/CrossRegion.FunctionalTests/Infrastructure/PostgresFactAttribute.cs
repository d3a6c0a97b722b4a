namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>A test that needs PostgreSQL (clustering, several processes): it runs in the PostgreSQL pass of tests/run.sh.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.CurrentProvider != "postgres")
        {
            Skip = "Needs PostgreSQL: runs in the PostgreSQL pass of tests/run.sh.";
        }
    }
}
