using CrossRegion.Domain.Integration;
using CrossRegion.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Observability;

/// <summary>
/// Samples <see cref="OperationalGauges"/> every <c>Metrics:SampleSeconds</c> (15 s): three small aggregate queries on
/// our tables and the job store's counts. Every node samples the shared database, so every node's /metrics says the
/// same; alert on the maximum over nodes.
/// </summary>
internal sealed partial class OperationalSampler(
    IServiceProvider services, IServiceScopeFactory scopes, OperationalGauges gauges, TimeProvider time, IConfiguration configuration, ILogger<OperationalSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Metrics:SampleSeconds", 15.0)));
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database not answering shows in readiness; the gauges keep their last values.
                LogSampleFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var oldest = await db.OutboxEvents.AsNoTracking().Where(e => e.Position == null).OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var backlog = await db.WebhookDeliveries.AsNoTracking().LongCountAsync(d => d.Status == WebhookDeliveryStatus.Pending, cancellationToken);
        var dead = await db.WebhookDeliveries.AsNoTracking().LongCountAsync(d => d.Status == WebhookDeliveryStatus.Dead, cancellationToken);
        var jobs = new Dictionary<string, long>();
        if (services.GetService<JobStorage>() is { } storage)
        {
            var monitoring = storage.GetMonitoringApi();
            var statistics = monitoring.GetStatistics();
            jobs["enqueued"] = statistics.Enqueued;
            jobs["scheduled"] = statistics.Scheduled;
            jobs["processing"] = statistics.Processing;
            jobs["failed"] = statistics.Failed;
        }

        gauges.Update(new OperationalGauges.Snapshot(oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0, backlog, dead, jobs), now);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The operational gauges could not be sampled")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
