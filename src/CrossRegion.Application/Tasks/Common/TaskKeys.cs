using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Common;

/// <summary>New keys for tasks the system numbers itself (a carried-over item, an assignment from above).</summary>
internal static class TaskKeys
{
    /// <summary>
    /// The next free number under <paramref name="prefix"/> (e.g. <c>WDK-2026-</c> gives <c>WDK-2026-08</c> after
    /// <c>WDK-2026-07</c> and its sub-task <c>WDK-2026-07-01</c>), counting every task, seen by the caller or not.
    /// </summary>
    public static async Task<string> NextAsync(IAppDbContext db, string prefix, CancellationToken cancellationToken)
    {
        var keys = await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).Where(t => t.Key.StartsWith(prefix)).Select(t => t.Key).ToListAsync(cancellationToken);
        var last = keys.Select(k => k[prefix.Length..].Split('-')[0]).Select(n => int.TryParse(n, out var i) ? i : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{last + 1:00}";
    }
}
