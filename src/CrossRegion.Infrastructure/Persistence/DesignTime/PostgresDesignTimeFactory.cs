using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrossRegion.Infrastructure.Persistence.DesignTime;

/// <summary>Used only by <c>dotnet ef</c> to build the model when adding PostgreSQL migrations (it does not connect).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options, new SystemCaller("design-time"), TimeProvider.System, new Auditing.HmacAuditSeal(new byte[32]));
}
