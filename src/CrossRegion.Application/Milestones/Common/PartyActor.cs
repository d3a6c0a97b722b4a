using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Milestones.Common;

/// <summary>
/// Which party the caller speaks for on a milestone. Only an owning party speaks, through one of its responsible
/// units or its city coordinator; a party that can see the task but does not own the milestone is refused (403).
/// </summary>
internal static class PartyActor
{
    public static string OwningParty(ICurrentUser caller, CoordinatedTask task, Guid milestoneId)
    {
        var jurisdiction = caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;
        var party = jurisdiction is null ? null : task.FindParty(jurisdiction);
        var owns = task.Milestones.Single(m => m.Id == milestoneId).Owners.Any(o => o.JurisdictionCode == jurisdiction);
        var allowed = party is not null && owns && (caller.Roles.HasFlag(UserRoles.CityCoordinator)
            || (caller.DepartmentId is { } department && party.Departments.Any(d => d.DepartmentId == department)));
        return allowed ? jurisdiction! : throw new ForbiddenAccessException(Localized.Text(
            "只有该节点的责任方（本方责任单位或本市协调人）可以办理。", "Only an owning party (its responsible unit or city coordinator) may do this."));
    }

    public static void RequireJointOffice(ICurrentUser caller)
    {
        if (!caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            throw new ForbiddenAccessException(Localized.Text("只有联合办公室可以办理。", "Only the joint office may do this."));
        }
    }
}
