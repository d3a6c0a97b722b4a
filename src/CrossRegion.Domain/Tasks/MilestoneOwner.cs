namespace CrossRegion.Domain.Tasks;

/// <summary>A party that owns (must deliver and sign off) a milestone.</summary>
public sealed class MilestoneOwner
{
    private MilestoneOwner()
    {
        JurisdictionCode = string.Empty;
    }

    internal MilestoneOwner(Guid milestoneId, string jurisdictionCode)
    {
        MilestoneId = milestoneId;
        JurisdictionCode = jurisdictionCode;
    }

    public Guid MilestoneId { get; private set; }
    public string JurisdictionCode { get; private set; }
}
