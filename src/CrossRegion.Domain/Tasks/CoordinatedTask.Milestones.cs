using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>Milestone progress: the owning parties' sign-off (会签), refusal or waiver, and extension requests (延期申请).</summary>
public sealed partial class CoordinatedTask
{
    /// <summary>An owning party confirms its part (会签) with evidence; the last confirmation completes the milestone.</summary>
    public Milestone SignOffMilestone(Guid milestoneId, string jurisdictionCode, string evidence, string? link, string by, DateTimeOffset at, DateOnly today) =>
        RecordSignOff(milestoneId, jurisdictionCode, SignOffStatus.Confirmed, Guard.Text(evidence, "evidence", 2000), Guard.OptionalText(link, "link", 500), by, at, today);

    /// <summary>An owning party refuses the milestone as done, with a reason: it is open again.</summary>
    public Milestone RejectMilestone(Guid milestoneId, string jurisdictionCode, string reason, string by, DateTimeOffset at, DateOnly today) =>
        RecordSignOff(milestoneId, jurisdictionCode, SignOffStatus.Rejected, Guard.Text(reason, "reason", 2000), null, by, at, today);

    /// <summary>The joint office releases an owning party from signing, with a recorded reason.</summary>
    public Milestone WaiveSignOff(Guid milestoneId, string jurisdictionCode, string reason, string by, DateTimeOffset at, DateOnly today) =>
        RecordSignOff(milestoneId, jurisdictionCode, SignOffStatus.Waived, Guard.Text(reason, "reason", 2000), null, by, at, today);

    /// <summary>An owning party asks for a later due date (延期申请); the baseline date is never changed.</summary>
    public ExtensionRequest RequestExtension(Guid milestoneId, string jurisdictionCode, DateOnly newDueDate, string reason, string by, DateTimeOffset at)
    {
        EnsureActive();
        var milestone = OwnedMilestone(milestoneId, jurisdictionCode);
        var request = milestone.RequestExtension(jurisdictionCode, newDueDate, Guard.Text(reason, "reason", 2000), by, at);
        Touch();
        return request;
    }

    /// <summary>The joint office approves (the current due date moves) or rejects an extension request.</summary>
    public void DecideExtension(Guid requestId, bool approve, string? reason, string by, DateTimeOffset at)
    {
        EnsureOpen();
        var milestone = _milestones.Find(m => m.Extensions.Any(e => e.Id == requestId))
            ?? throw new DomainRuleException("extension.not_found", $"任务 {Key} 没有延期申请 {requestId}。", $"Task {Key} has no extension request {requestId}.");
        milestone.DecideExtension(requestId, approve, Guard.OptionalText(reason, "reason", 2000), by, at);
        RecalculateNextDueDate();
        Touch();
    }

    private Milestone RecordSignOff(
        Guid milestoneId, string jurisdictionCode, SignOffStatus status, string text, string? link, string by, DateTimeOffset at, DateOnly today)
    {
        EnsureActive();
        var milestone = OwnedMilestone(milestoneId, jurisdictionCode);

        if (status == SignOffStatus.Confirmed && milestone.HasConfirmed(jurisdictionCode))
        {
            throw new DomainRuleException("signoff.duplicate", $"{jurisdictionCode} 已对该节点会签。", $"{jurisdictionCode} has already signed this milestone.");
        }

        milestone.RecordSignOff(jurisdictionCode, status, text, link, by, at, today);
        RecalculateNextDueDate();
        Touch();
        return milestone;
    }

    private Milestone OwnedMilestone(Guid milestoneId, string jurisdictionCode)
    {
        var milestone = _milestones.Find(m => m.Id == milestoneId)
            ?? throw new DomainRuleException("milestone.not_found", $"任务 {Key} 没有节点 {milestoneId}。", $"Task {Key} has no milestone {milestoneId}.");
        return milestone.IsOwnedBy(jurisdictionCode)
            ? milestone
            : throw new DomainRuleException("milestone.not_owner", $"{jurisdictionCode} 不是任务 {Key} 该节点的责任方。", $"{jurisdictionCode} does not own this milestone of {Key}.");
    }
}
