namespace CrossRegion.Domain.Tasks;

public static class PartyRoles
{
    /// <summary>Roles that carry formal responsibility: they own milestones, report and sign off.</summary>
    public static bool IsResponsible(this PartyRole role) =>
        role is PartyRole.Lead or PartyRole.Responsible or PartyRole.Host;

    /// <summary>Roles that name no unit of their own.</summary>
    public static bool TakesNoUnits(this PartyRole role) =>
        role is PartyRole.Participant or PartyRole.Observer;
}
