using CrossRegion.Application.Jobs;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Forgets Idempotency-Key outcomes older than <c>Idempotency:RetentionHours</c> (default 72, never under the 24
/// promised to clients). A key reused after that is a new request.
/// </summary>
internal sealed class IdempotencyCleanupJob(IServiceScopeFactory scopes, TimeProvider time, CrossRegionMetrics metrics, ILogger<IdempotencyCleanupJob> logger)
    : SystemJob(scopes, time, metrics, logger)
{
    protected override string Name => JobNames.IdempotencyCleanup;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hours = Math.Max(24, services.GetRequiredService<IConfiguration>().GetValue("Idempotency:RetentionHours", 72));
        var cutoff = services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-hours);
        var db = services.GetRequiredService<AppDbContext>();
        var deleted = await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return ("succeeded", $"{deleted} records older than {hours} h deleted.");
    }
}
