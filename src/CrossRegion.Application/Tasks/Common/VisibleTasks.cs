using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Common;

/// <summary>
/// Everything that hangs off a task (history, reports, notes, comments) is reached through the task, so the one
/// visibility predicate decides: a non-party gets the same 404 as for a key that does not exist.
/// </summary>
internal static class VisibleTasks
{
    public static async Task<Guid> IdAsync(IAppDbContext db, string key, CancellationToken cancellationToken) =>
        await db.Tasks.AsNoTracking()
            .Where(t => t.Key == key)
            .Select(t => (Guid?)t.Id)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("task", key);
}
