using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.Common;

/// <summary>
/// Which party the caller speaks for. A party speaks through one of its responsible units or its city coordinator;
/// a caller whose city can see the task but may not act on this part of it is refused (403), never shown a 404.
/// </summary>
internal static class PartyActor
{
    /// <summary>The caller's party, which must own the milestone (sign-off, extension requests).</summary>
    public static string OwningParty(ICurrentUser caller, CoordinatedTask task, Guid milestoneId) => Speaking(
        caller,
        task,
        jurisdiction => task.Milestones.Single(m => m.Id == milestoneId).Owners.Any(o => o.JurisdictionCode == jurisdiction),
        Localized.Text("只有该节点的责任方（本方责任单位或本市协调人）可以办理。", "Only an owning party (its responsible unit or city coordinator) may do this."));

    /// <summary>The caller's party, which must carry formal responsibility for the task (monthly reports).</summary>
    public static string ResponsibleParty(ICurrentUser caller, CoordinatedTask task) => Speaking(
        caller,
        task,
        task.IsResponsibleParty,
        Localized.Text("只有该任务责任方的责任单位或本市协调人可以报送。", "Only a responsible party's unit or its city coordinator may report on this task."));

    /// <summary>
    /// The city a person acts for. Never a machine client's: a provincial system reads the ledger of its jurisdictions
    /// but does not act, or read party-internal notes, for a city (docs/security.md).
    /// </summary>
    public static string? OwnJurisdiction(ICurrentUser caller) =>
        caller.Kind == CallerKind.User && caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;

    /// <summary>
    /// The party the caller speaks for on this task — a party city's coordinator, or one of the party's responsible
    /// units — or null when the caller speaks for none (the joint office, observers, machine clients, other units).
    /// </summary>
    public static string? SpeakingParty(ICurrentUser caller, CoordinatedTask task)
    {
        var jurisdiction = OwnJurisdiction(caller);
        var party = jurisdiction is null ? null : task.FindParty(jurisdiction);
        var speaks = party is not null && (caller.Roles.HasFlag(UserRoles.CityCoordinator)
            || (caller.DepartmentId is { } department && party.Departments.Any(d => d.DepartmentId == department)));
        return speaks ? jurisdiction : null;
    }

    private static string Speaking(ICurrentUser caller, CoordinatedTask task, Func<string, bool> mayAct, string refusal) =>
        SpeakingParty(caller, task) is { } jurisdiction && mayAct(jurisdiction) ? jurisdiction : throw new ForbiddenAccessException(refusal);
}
