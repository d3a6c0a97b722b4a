using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CrossRegion.Infrastructure.Persistence.DesignTime;

/// <summary>Used only by <c>dotnet ef</c> to build the model when adding SQLite migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options, new SystemCaller("design-time"), TimeProvider.System, new Auditing.HmacAuditSeal(new byte[32]));
}
