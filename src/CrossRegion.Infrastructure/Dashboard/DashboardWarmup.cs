using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Dashboard.GetDashboard;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Dashboard;

/// <summary>
/// Computes the dashboard's four-city figures once the node has started, so that its first reader does not wait for
/// the grouped queries over the whole ledger (<see cref="DashboardFigures"/> keeps them fresh from then on).
/// </summary>
internal sealed partial class DashboardWarmup(DashboardFigures figures, TimeProvider time, ILogger<DashboardWarmup> logger) : BackgroundService
{
    private static readonly TimeSpan AfterStart = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(AfterStart, time, stoppingToken);
            await figures.GetAsync(ShanghaiClock.Today(time), null, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The node stopped first.
        }
        catch (Exception failed) when (failed is not OutOfMemoryException)
        {
            // The first reader computes them instead.
            WarmupFailed(logger, failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's figures could not be computed at start; the first reader will")]
    private static partial void WarmupFailed(ILogger logger, Exception exception);
}
