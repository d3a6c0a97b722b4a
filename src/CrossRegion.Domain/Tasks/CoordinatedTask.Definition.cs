using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;

namespace CrossRegion.Domain.Tasks;

/// <summary>The joint office's edits to a task's definition: parties, milestones and targets after creation.</summary>
public sealed partial class CoordinatedTask
{
    /// <summary>Changes a party's role, share or units; null leaves a field as it is ("" clears the share).</summary>
    public void ChangeParty(string jurisdictionCode, PartyRole? role, string? share, IReadOnlyCollection<Department>? departments)
    {
        EnsureOpen();
        var party = FindParty(jurisdictionCode)
            ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} 不是任务 {Key} 的参与方。", $"{jurisdictionCode} is not a party to task {Key}.");
        if (role is { } newRole && !newRole.IsResponsible() && party.Role.IsResponsible())
        {
            if (_milestones.Exists(m => m.IsOwnedBy(jurisdictionCode)))
            {
                throw new DomainRuleException(
                    "party.owns_milestones", $"{jurisdictionCode} 负责任务 {Key} 的节点，须先调整节点责任方再变更其角色。", $"{jurisdictionCode} owns milestones of task {Key}; reassign them before it stops being responsible.");
            }

            if (!_parties.Exists(p => p != party && p.Role.IsResponsible()))
            {
                throw new DomainRuleException("task.responsible_party", $"{jurisdictionCode} 是任务 {Key} 唯一的责任方。", $"{jurisdictionCode} is the last responsible party of task {Key}.");
            }
        }

        party.Change(role, share, departments);
        Touch();
    }

    /// <summary>
    /// Re-plans a milestone. A new due date moves the current date only: the baseline is what the task was agreed
    /// with and stays. Owners change only while the milestone is open, and never drop a party that has signed.
    /// </summary>
    public Milestone ReviseMilestone(
        Guid milestoneId, string? title, string? titleEn, DateOnly? dueDate, DatePrecision? precision, IReadOnlyCollection<string>? owners, DateOnly today)
    {
        EnsureOpen();
        var milestone = FindMilestone(milestoneId);
        if (milestone.Status == MilestoneStatus.Done && (dueDate is not null || owners is not null))
        {
            throw new DomainRuleException("milestone.done", "已完成的节点不能修改时限和责任方；须先驳回使其重新打开。", "A done milestone keeps its date and owners; reject it first to reopen it.");
        }

        if (owners is not null)
        {
            EnsureResponsibleOwners(owners);
            var dropped = milestone.SignOffs.FirstOrDefault(s => !owners.Contains(s.JurisdictionCode) && s.Status != SignOffStatus.Rejected);
            if (dropped is not null)
            {
                throw new DomainRuleException(
                    "milestone.owner_signed", $"{dropped.JurisdictionCode} 已对该节点会签，不能移出责任方。", $"{dropped.JurisdictionCode} has signed this milestone and stays among its owners.");
            }
        }

        milestone.Revise(title, titleEn, dueDate, precision, owners, today);
        RecalculateNextDueDate();
        Touch();
        return milestone;
    }

    /// <summary>Removes a milestone nobody has acted on (no sign-off, no extension request): a definition mistake.</summary>
    public void RemoveMilestone(Guid milestoneId)
    {
        EnsureOpen();
        var milestone = FindMilestone(milestoneId);
        if (milestone.SignOffs.Count > 0 || milestone.Extensions.Count > 0)
        {
            throw new DomainRuleException(
                "milestone.has_history", "已有参与方会签或申请延期，该节点须保留。", "Parties have signed or asked to extend this milestone; it stays on the record.");
        }

        _milestones.Remove(milestone);
        RecalculateNextDueDate();
        Touch();
    }

    /// <summary>Rewords a year's target and adds measures to it.</summary>
    public AnnualTarget ReviseTarget(int year, string? text, IEnumerable<MeasureSpec> addMeasures)
    {
        ArgumentNullException.ThrowIfNull(addMeasures);
        EnsureOpen();
        var target = FindTarget(year);
        target.Reword(text);
        foreach (var measure in addMeasures)
        {
            EnsureMeasureParty(measure);
            target.AddMeasure(measure);
        }

        Touch();
        return target;
    }

    /// <summary>Removes a measure (or, without one, the year's whole target). The caller has checked nobody reported on it.</summary>
    public void RemoveTarget(int year, Guid? measureId)
    {
        EnsureOpen();
        var target = FindTarget(year);
        if (measureId is { } id)
        {
            target.RemoveMeasure(id);
        }
        else
        {
            _targets.Remove(target);
        }

        Touch();
    }

    private void EnsureResponsibleOwners(IEnumerable<string> owners)
    {
        var notResponsible = owners.FirstOrDefault(code => !IsResponsibleParty(code));
        if (notResponsible is not null)
        {
            throw new DomainRuleException(
                "milestone.owner", $"{notResponsible} 不是任务 {Key} 的责任方，不能负责节点。", $"{notResponsible} is not a responsible party of {Key} and cannot own a milestone.");
        }
    }

    private void EnsureMeasureParty(MeasureSpec measure)
    {
        if (measure.JurisdictionCode is not null && FindParty(measure.JurisdictionCode) is null)
        {
            throw new DomainRuleException(
                "measure.party", $"指标“{measure.Metric}”指定的 {measure.JurisdictionCode} 不是任务 {Key} 的参与方。", $"Measure '{measure.Metric}' names {measure.JurisdictionCode}, which is not a party to {Key}.");
        }
    }

    private Milestone FindMilestone(Guid milestoneId) => _milestones.Find(m => m.Id == milestoneId)
        ?? throw new DomainRuleException("milestone.not_found", $"任务 {Key} 没有节点 {milestoneId}。", $"Task {Key} has no milestone {milestoneId}.");

    private AnnualTarget FindTarget(int year) => _targets.Find(t => t.Year == year)
        ?? throw new DomainRuleException("target.not_found", $"任务 {Key} 没有 {year} 年的年度目标。", $"Task {Key} has no target for {year}.");
}
