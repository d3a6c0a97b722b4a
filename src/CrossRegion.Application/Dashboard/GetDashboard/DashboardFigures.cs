using System.Collections.Concurrent;
using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
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
/// Which of the cities' own programmes are shared is part of the figures: kept figures computed over another sharing
/// (a city withdrew its programme, on this node or another) are never served, but computed again for the reader.
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
            return (await ComputeAsync(today, city, cancellationToken)).Board;
        }

        var slot = _slots.GetOrAdd(city ?? string.Empty, _ => new Slot());
        var sharing = await SharingAsync(cancellationToken);
        if (slot.Latest is { } latest && latest.Board.Today == today && latest.Sharing == sharing)
        {
            if (time.GetUtcNow() - latest.Board.ComputedAt >= kept && Interlocked.CompareExchange(ref slot.Refreshing, 1, 0) == 0)
            {
                // Not in the reader's execution context: the refresh outlives the request that started it.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(() => RefreshAsync(slot, today, city), CancellationToken.None);
                }
            }

            return latest.Board;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (slot.Latest is { } ready && ready.Board.Today == today && ready.Sharing == sharing)
            {
                return ready.Board;
            }

            var computed = await ComputeAsync(today, city, cancellationToken);
            slot.Latest = computed;
            return computed.Board;
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

    // The sharing is read before the figures: if it changes while they are computed, the next reader finds it changed.
    private async Task<Figures> ComputeAsync(DateOnly today, string? city, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sharing = await SharingAsync(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), cancellationToken);
        var board = await scope.ServiceProvider.GetRequiredService<DashboardAggregates>().ComputeAsync(today, city, cancellationToken);
        return new Figures(board, sharing);
    }

    private async Task<string> SharingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SharingAsync(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), cancellationToken);
    }

    /// <summary>The cities' own programmes shared with a joint office, as one string (a handful of rows).</summary>
    private static async Task<string> SharingAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var shared = await db.Programmes.AsNoTracking()
            .Where(p => p.OwnerJurisdiction != null && p.SharedWithOffice != null)
            .Select(p => new { p.Code, p.SharedWithOffice })
            .ToListAsync(cancellationToken);
        return string.Join(';', shared.Select(p => $"{p.Code}>{p.SharedWithOffice}").Order(StringComparer.Ordinal));
    }

    /// <summary>One computation: the figures and the sharing they were computed over.</summary>
    private sealed record Figures(DashboardDto Board, string Sharing);

    /// <summary>One set of figures: the latest, and whether a refresh of them is running.</summary>
    private sealed class Slot
    {
        public volatile Figures? Latest;
        public int Refreshing;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's figures could not be refreshed; the last ones stay up")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
