using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>Server mode: PostgreSQL, shared by every API node.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser caller)
    : AppDbContext(options, caller)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Keys sort and page by ordinal comparison, as in SQLite, whatever the cluster's locale.
        modelBuilder.Entity<CoordinatedTask>().Property(t => t.Key).UseCollation("C");
    }
}
