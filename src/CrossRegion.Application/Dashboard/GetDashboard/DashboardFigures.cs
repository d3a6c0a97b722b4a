using System.Collections.Concurrent;
using CrossRegion.Application.Common.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>
/// The node's latest four-city figures. Within <see cref="DashboardOptions.CacheSeconds"/> they are served as they are;
/// older, they are still served while one refresh runs in the background, so that no reader waits for the grouped
/// queries but the first after the node starts (or after midnight in Beijing). 0 computes them for every request.
/// Each computation has a scope of its own; the figures are aggregates, the same for every reader (of the four cities'
/// figures, or of one city's own: each is kept apart).
/// </summary>
public sealed partial class DashboardFigures(IServiceScopeFactory scopes, TimeProvider time, IOptions<DashboardOptions> options, ILogger<DashboardFigures> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <param name="city">Null for the four cities' figures; a city's code for its own.</param>
    public async Task<DashboardDto> GetAsync(DateOnly today, string? city, CancellationToken cancellationToken)
    {
        var kept = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (kept <= TimeSpan.Zero)
        {
            return await ComputeAsync(today, city, cancellationToken);
        }

        var slot = _slots.GetOrAdd(city ?? string.Empty, _ => new Slot());
        if (slot.Latest is { } latest && latest.Today == today)
        {
            if (time.GetUtcNow() - latest.ComputedAt >= kept && Interlocked.CompareExchange(ref slot.Refreshing, 1, 0) == 0)
            {
                // Not in the reader's execution context: the refresh outlives the request that started it.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(() => RefreshAsync(slot, today, city), CancellationToken.None);
                }
            }

            return latest;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (slot.Latest is { } ready && ready.Today == today)
            {
                return ready;
            }

            return slot.Latest = await ComputeAsync(today, city, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task RefreshAsync(Slot slot, DateOnly today, string? city)
    {
        try
        {
            slot.Latest = await ComputeAsync(today, city, CancellationToken.None);
        }
        catch (Exception failed) when (failed is not OutOfMemoryException)
        {
            // The last figures stay up (their computed_at says how old they are); the next reader tries again.
            RefreshFailed(logger, failed);
        }
        finally
        {
            Interlocked.Exchange(ref slot.Refreshing, 0);
        }
    }

    private async Task<DashboardDto> ComputeAsync(DateOnly today, string? city, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardAggregates>().ComputeAsync(today, city, cancellationToken);
    }

    /// <summary>One set of figures: the latest, and whether a refresh of them is running.</summary>
    private sealed class Slot
    {
        public volatile DashboardDto? Latest;
        public int Refreshing;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's figures could not be refreshed; the last ones stay up")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
