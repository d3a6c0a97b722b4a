using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

public sealed partial class CoordinatedTask
{
    public Party AddParty(PartySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        EnsureOpen();
        EnsureKnownJurisdiction(spec.JurisdictionCode);
        if (FindParty(spec.JurisdictionCode) is not null)
        {
            throw new DomainRuleException(
                "party.duplicate", $"{spec.JurisdictionCode} 已是任务 {Key} 的参与方。", $"{spec.JurisdictionCode} is already a party to task {Key}.");
        }

        var party = new Party(Id, spec.JurisdictionCode, spec.Role, spec.Share);
        party.AssignDepartments(spec.Departments);
        _parties.Add(party);
        Touch();
        return party;
    }

    public void RemoveParty(string jurisdictionCode)
    {
        EnsureOpen();
        var party = FindParty(jurisdictionCode)
            ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} 不是任务 {Key} 的参与方。", $"{jurisdictionCode} is not a party to task {Key}.");
        if (_milestones.Exists(m => m.IsOwnedBy(jurisdictionCode)))
        {
            throw new DomainRuleException(
                "party.owns_milestones", $"{jurisdictionCode} 负责任务 {Key} 的节点，须先调整节点责任方。", $"{jurisdictionCode} owns milestones of task {Key}; reassign them first.");
        }

        if (party.Role.IsResponsible() && !_parties.Exists(p => p != party && p.Role.IsResponsible()))
        {
            throw new DomainRuleException(
                "task.responsible_party", $"{jurisdictionCode} 是任务 {Key} 唯一的责任方。", $"{jurisdictionCode} is the last responsible party of task {Key}.");
        }

        _parties.Remove(party);
        Touch();
    }

    public AnnualTarget AddTarget(int year, string text, IEnumerable<MeasureSpec> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        EnsureOpen();
        if (_targets.Exists(t => t.Year == year))
        {
            throw new DomainRuleException("target.duplicate_year", $"任务 {Key} 已有 {year} 年的年度目标。", $"Task {Key} already has a target for {year}.");
        }

        var target = new AnnualTarget(Id, year, text);
        foreach (var measure in measures)
        {
            EnsureMeasureParty(measure);
            target.AddMeasure(measure);
        }

        _targets.Add(target);
        Touch();
        return target;
    }

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

    public Milestone AddMilestone(MilestoneSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var owners = spec.Owners.Count == 0
            ? _parties.Where(p => p.Role.IsResponsible()).Select(p => p.JurisdictionCode).ToList()
            : spec.Owners.ToList();
        EnsureResponsibleOwners(owners);
        EnsureOpen();
        var milestone = new Milestone(Id, spec, _milestones.Select(m => m.SortOrder).DefaultIfEmpty(0).Max() + 1);
        milestone.SetOwners(owners);
        _milestones.Add(milestone);
        RecalculateNextDueDate();
        Touch();
        return milestone;
    }

    private Milestone RecordSignOff(
        Guid milestoneId, string jurisdictionCode, SignOffStatus status, string text, string? link, string by, DateTimeOffset at, DateOnly today)
    {
        EnsureActive();
        var milestone = OwnedMilestone(milestoneId, jurisdictionCode);

        if (status == SignOffStatus.Confirmed && milestone.SignOffs.Any(s => s.JurisdictionCode == jurisdictionCode && s.Status == SignOffStatus.Confirmed))
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

    private void EnsureOpen()
    {
        if (Status is CoordinatedTaskStatus.Closed or CoordinatedTaskStatus.Archived or CoordinatedTaskStatus.Rejected)
        {
            throw new DomainRuleException("task.read_only", $"任务 {Key} 当前状态为 {Status}，不能修改。", $"Task {Key} is {Status} and cannot change.");
        }
    }
}
