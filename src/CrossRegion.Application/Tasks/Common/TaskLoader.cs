using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Common;

/// <summary>Loading a task with everything its milestone, status and definition commands touch.</summary>
internal static class TaskLoader
{
    public static async Task<CoordinatedTask> LoadAsync(IAppDbContext db, string key, CancellationToken cancellationToken, bool withTargets = false) =>
        await (withTargets ? db.Tasks.Include(t => t.Targets).ThenInclude(x => x.Measures) : (IQueryable<CoordinatedTask>)db.Tasks)
            .Include(t => t.Parties).ThenInclude(p => p.Departments)
            .Include(t => t.Organisations)
            .Include(t => t.Milestones).ThenInclude(m => m.Owners)
            .Include(t => t.Milestones).ThenInclude(m => m.SignOffs)
            .Include(t => t.Milestones).ThenInclude(m => m.Extensions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Key == key, cancellationToken)
        ?? throw new NotFoundException("task", key);

    /// <summary>The task (404 when unknown or invisible) that must have the milestone (404 otherwise).</summary>
    public static async Task<CoordinatedTask> LoadWithMilestoneAsync(IAppDbContext db, string key, Guid milestoneId, CancellationToken cancellationToken)
    {
        var task = await LoadAsync(db, key, cancellationToken);
        return task.Milestones.Any(m => m.Id == milestoneId) ? task : throw new NotFoundException("milestone", milestoneId.ToString());
    }
}
