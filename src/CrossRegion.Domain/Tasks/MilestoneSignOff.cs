namespace CrossRegion.Domain.Tasks;

/// <summary>One owning party's word on a milestone (会签): signed with evidence, rejected with a reason, or waived.</summary>
public sealed class MilestoneSignOff
{
    private MilestoneSignOff()
    {
        JurisdictionCode = Text = By = string.Empty;
    }

    internal MilestoneSignOff(Guid milestoneId, string jurisdictionCode)
    {
        MilestoneId = milestoneId;
        JurisdictionCode = jurisdictionCode;
        Text = By = string.Empty;
    }

    public Guid MilestoneId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public SignOffStatus Status { get; private set; }

    /// <summary>The evidence (signed) or the reason (rejected, waived).</summary>
    public string Text { get; private set; }

    public string? Link { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal void Record(SignOffStatus status, string text, string? link, string by, DateTimeOffset at)
    {
        Status = status;
        Text = text;
        Link = link;
        By = by;
        At = at;
    }
}
