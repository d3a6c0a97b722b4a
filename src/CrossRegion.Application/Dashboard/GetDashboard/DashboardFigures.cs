using CrossRegion.Application.Common.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>
/// The node's latest four-city figures. Within <see cref="DashboardOptions.CacheSeconds"/> they are served as they are;
/// older, they are still served while one refresh runs in the background, so that no reader waits for the grouped
/// queries but the first after the node starts (or after midnight in Beijing). 0 computes them for every request.
/// Each computation has a scope of its own; the figures are aggregates, the same for every reader.
/// </summary>
public sealed partial class DashboardFigures(IServiceScopeFactory scopes, TimeProvider time, IOptions<DashboardOptions> options, ILogger<DashboardFigures> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DashboardDto? _latest;
    private int _refreshing;

    public async Task<DashboardDto> GetAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var kept = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (kept <= TimeSpan.Zero)
        {
            return await ComputeAsync(today, cancellationToken);
        }

        if (_latest is { } latest && latest.Today == today)
        {
            if (time.GetUtcNow() - latest.ComputedAt >= kept && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                // Not in the reader's execution context: the refresh outlives the request that started it.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(() => RefreshAsync(today), CancellationToken.None);
                }
            }

            return latest;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_latest is { } ready && ready.Today == today)
            {
                return ready;
            }

            return _latest = await ComputeAsync(today, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task RefreshAsync(DateOnly today)
    {
        try
        {
            _latest = await ComputeAsync(today, CancellationToken.None);
        }
        catch (Exception failed) when (failed is not OutOfMemoryException)
        {
            // The last figures stay up (their computed_at says how old they are); the next reader tries again.
            RefreshFailed(logger, failed);
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }

    private async Task<DashboardDto> ComputeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardAggregates>().ComputeAsync(today, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's figures could not be refreshed; the last ones stay up")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
