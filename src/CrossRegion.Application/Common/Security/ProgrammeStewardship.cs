using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Who runs a programme's lists: a joint programme is run by the coordinators of its joint office; a city's own
/// programme by that city's coordinators (a joint office it is shared with reads it, and does not run it).
/// </summary>
public static class ProgrammeStewardship
{
    public static void EnsureRuns(this ICurrentUser caller, Programme programme)
    {
        if (Refusal(caller, programme) is { } refused)
        {
            throw refused;
        }
    }

    /// <summary>The caller runs the programme; a programme they may not know of is a 404.</summary>
    public static async Task EnsureRunsAsync(this ICurrentUser caller, IAppDbContext db, string programmeCode, CancellationToken cancellationToken) =>
        caller.EnsureRuns(await VisibleAsync(caller, db, programmeCode, cancellationToken) ?? throw new NotFoundException("programme", programmeCode));

    /// <summary>Whether the caller runs the programme (a page offers the definition's edits only then).</summary>
    public static async Task<bool> RunsAsync(this ICurrentUser caller, IAppDbContext db, string programmeCode, CancellationToken cancellationToken) =>
        await VisibleAsync(caller, db, programmeCode, cancellationToken) is { } programme && Refusal(caller, programme) is null;

    private static Task<Programme?> VisibleAsync(ICurrentUser caller, IAppDbContext db, string programmeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Programmes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(p => p.Code == programmeCode, cancellationToken);
    }

    private static ForbiddenAccessException? Refusal(ICurrentUser caller, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(programme);
        if (caller.Kind == CallerKind.System)
        {
            return null;
        }

        if (programme.OwnerJurisdiction is { } owner)
        {
            return !caller.Roles.HasFlag(UserRoles.CityCoordinator) || caller.SeesAllTasks || !caller.Jurisdictions.SequenceEqual([owner])
                ? new ForbiddenAccessException(Localized.Text(
                    $"“{programme.NameZh}”是 {owner} 自己的项目群，由其城市协调人管理。", $"'{programme.NameEn}' is {owner}'s own programme; its city coordinators run it."))
                : null;
        }

        if (!caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            return new ForbiddenAccessException(Localized.Text("联合项目群由联合办公室协调人管理。", "A joint programme is run by its joint office's coordinators."));
        }

        return caller.RunsProgramme(programme.Code) ? null : JointOfficeScope.NotRunning(programme.Code);
    }
}

/// <summary>
/// A request that changes a task's definition or decides on it (parties, milestones, targets, status, extensions, the
/// list columns): only those who run the task's programme send it. The pipeline enforces it for every such request
/// (<see cref="Behaviours.StewardshipBehaviour{TRequest, TResponse}"/>), before the handler reads the task.
/// </summary>
public interface IStewardedTaskRequest
{
    /// <summary>The task's key.</summary>
    string Key { get; }
}
