namespace CrossRegion.Domain.Tasks;

/// <summary>延期申请: an owning party asks for a later due date; the joint office decides.</summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
        JurisdictionCode = Reason = RequestedBy = string.Empty;
    }

    internal ExtensionRequest(Guid milestoneId, string jurisdictionCode, DateOnly requestedDueDate, string reason, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        MilestoneId = milestoneId;
        JurisdictionCode = jurisdictionCode;
        RequestedDueDate = requestedDueDate;
        Reason = reason;
        RequestedBy = by;
        RequestedAt = at;
        Status = ExtensionStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid MilestoneId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public DateOnly RequestedDueDate { get; private set; }
    public string Reason { get; private set; }
    public string RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public ExtensionStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }

    internal void Decide(bool approve, string? reason, string by, DateTimeOffset at)
    {
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Rejected;
        DecisionReason = reason;
        DecidedBy = by;
        DecidedAt = at;
    }
}
