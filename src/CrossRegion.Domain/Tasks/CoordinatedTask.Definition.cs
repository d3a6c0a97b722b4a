using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>The joint office's edits to a task's definition: its milestones (节点) and annual targets, added, revised and removed.</summary>
public sealed partial class CoordinatedTask
{
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

    /// <summary>
    /// Removes a milestone nobody has acted on (no sign-off, no extension request, no evidence attached): a definition
    /// mistake. Attachments live outside the aggregate, so the caller says whether there are any.
    /// </summary>
    public void RemoveMilestone(Guid milestoneId, bool hasEvidence = false)
    {
        EnsureOpen();
        var milestone = FindMilestone(milestoneId);
        if (milestone.SignOffs.Count > 0 || milestone.Extensions.Count > 0 || hasEvidence)
        {
            throw new DomainRuleException(
                "milestone.has_history", "已有参与方会签、申请延期或上传佐证材料，该节点须保留。", "Parties have signed, asked to extend or attached evidence to this milestone; it stays on the record.");
        }

        _milestones.Remove(milestone);
        RecalculateNextDueDate();
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
