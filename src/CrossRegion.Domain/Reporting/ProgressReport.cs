using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// 月调度: one party's monthly progress report on its share of a task. A resubmission for the same month is a new
/// revision; earlier revisions stay as they were and readable. The party's latest word (latest revision of its
/// latest month) is marked current and feeds the status lights.
/// </summary>
public sealed class ProgressReport
{
    private readonly List<ReportValue> _values = [];

    private ProgressReport()
    {
        JurisdictionCode = Period = Narrative = SubmittedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string JurisdictionCode { get; private set; }

    /// <summary>The month reported on, "yyyy-MM".</summary>
    public string Period { get; private set; }

    /// <summary>1 for the first report of the month; each resubmission adds one.</summary>
    public int Revision { get; private set; }

    public string Narrative { get; private set; }

    /// <summary>Overall completion of the party's own share, 0–100.</summary>
    public decimal? ProgressPercent { get; private set; }

    public ReportStatus Status { get; private set; }
    public string? StatusReason { get; private set; }

    /// <summary>For a blocked report: the issue (问题协调) behind it.</summary>
    public Guid? IssueId { get; private set; }
    public string SubmittedBy { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The party's latest word on the task: the newest revision of its latest month.</summary>
    public bool IsCurrent { get; private set; }

    public IReadOnlyList<ReportValue> Values => _values;

    /// <summary>
    /// A responsible party of an active task reports on a month that has begun. <paramref name="previous"/> is the
    /// party's current report, if any: the new one replaces it as current unless it is about an earlier month.
    /// </summary>
    public static ProgressReport Submit(
        CoordinatedTask task, string jurisdictionCode, ReportContent content, int revision, ProgressReport? previous, string by, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(content);
        if (task.Status != CoordinatedTaskStatus.Active)
        {
            throw new DomainRuleException("report.task_not_active", $"任务 {task.Key} 当前状态为 {task.Status}，只有进行中的任务可以报送月调度。", $"Task {task.Key} is {task.Status}; only active tasks take reports.");
        }

        if (!task.IsResponsibleParty(jurisdictionCode))
        {
            throw new DomainRuleException("report.not_responsible", $"{jurisdictionCode} 不是任务 {task.Key} 的责任方。", $"{jurisdictionCode} is not a responsible party of {task.Key}.");
        }

        var period = ReportPeriod.Validate(content.Period, today);
        if (task.StartYear is { } start && string.CompareOrdinal(period, $"{start}-01") < 0)
        {
            throw new DomainRuleException("report.period_before_task", $"任务 {task.Key} 自 {start} 年开始，{period} 早于此。", $"Task {task.Key} starts in {start}; {period} is before it.");
        }

        if (content.IssueId is not null && content.Status != ReportStatus.Blocked)
        {
            throw new DomainRuleException("report.issue", "只有“受阻”的月调度可以关联协调问题。", "Only a blocked report names the issue behind it.");
        }

        if (content.ProgressPercent is < 0 or > 100)
        {
            throw new DomainRuleException("report.progress_percent", "完成进度须为 0 到 100 之间的百分比。", "Progress is a percentage between 0 and 100.");
        }

        var report = new ProgressReport
        {
            Id = Guid.CreateVersion7(),
            TaskId = task.Id,
            JurisdictionCode = jurisdictionCode,
            Period = period,
            Revision = revision,
            Narrative = Guard.Text(content.Narrative, "narrative", 8000),
            ProgressPercent = content.ProgressPercent,
            Status = content.Status,
            IssueId = content.IssueId,
            StatusReason = content.Status == ReportStatus.OnTrack
                ? Guard.OptionalText(content.StatusReason, "status_reason", 2000)
                : Guard.Text(content.StatusReason, "status_reason", 2000),
            SubmittedBy = by,
            SubmittedAt = at,
            IsCurrent = previous is null || string.CompareOrdinal(period, previous.Period) >= 0,
        };
        foreach (var value in content.Values)
        {
            report.AddValue(task, value);
        }

        if (report.IsCurrent && previous is not null)
        {
            previous.IsCurrent = false;
        }

        return report;
    }

    private void AddValue(CoordinatedTask task, ReportValueSpec spec)
    {
        var measure = task.Targets.SelectMany(t => t.Measures).FirstOrDefault(m => m.Id == spec.MeasureId)
            ?? throw new DomainRuleException("report.measure", $"任务 {task.Key} 没有指标 {spec.MeasureId}。", $"Task {task.Key} has no measure {spec.MeasureId}.");
        if (measure.JurisdictionCode is { } owner && owner != JurisdictionCode)
        {
            throw new DomainRuleException("report.measure_party", $"指标“{measure.Metric}”属于 {owner}，{JurisdictionCode} 不能报送。", $"Measure '{measure.Metric}' is {owner}'s; {JurisdictionCode} cannot report on it.");
        }

        if (_values.Exists(v => v.MeasureId == spec.MeasureId))
        {
            throw new DomainRuleException("report.measure_repeated", $"指标“{measure.Metric}”重复报送。", $"Measure '{measure.Metric}' is reported twice.");
        }

        if (spec.Value < 0)
        {
            throw new DomainRuleException("report.value_negative", $"指标“{measure.Metric}”的数值不能为负。", $"The value for '{measure.Metric}' cannot be negative.");
        }

        if (!MeasureUnits.TryConvert(spec.Value, spec.Unit, measure.Unit, out var normalised))
        {
            throw new DomainRuleException(
                "report.unit", $"“{spec.Unit}”无法换算为指标“{measure.Metric}”的单位“{measure.Unit}”。", $"'{spec.Unit}' cannot be converted to '{measure.Unit}', the unit of measure '{measure.Metric}'.");
        }

        _values.Add(new ReportValue(Id, measure.Id, spec.Value, spec.Unit, normalised, measure.Unit));
    }
}
