using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's migrations and seeds the ledger. EF Core takes a database lock while migrating, so several
/// nodes starting together against one PostgreSQL do not race.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:setup");
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await provider.GetRequiredService<LedgerSeeder>().SeedAsync(cancellationToken);
        if (provider.GetRequiredService<IOptions<CrossRegionOptions>>().Value.DemoMode)
        {
            await provider.GetRequiredService<DemoAccountSeeder>().SeedAsync(cancellationToken);
        }
    }
}
