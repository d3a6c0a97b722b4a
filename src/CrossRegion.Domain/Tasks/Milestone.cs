using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>A dated deliverable of a task, owned by one, several or all responsible parties.</summary>
public sealed class Milestone
{
    private readonly List<MilestoneOwner> _owners = [];
    private readonly List<MilestoneSignOff> _signOffs = [];
    private readonly List<ExtensionRequest> _extensions = [];

    private Milestone()
    {
        Title = string.Empty;
    }

    internal Milestone(Guid taskId, MilestoneSpec spec, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        Title = Guard.Text(spec.Title, "title", 500);
        TitleEn = Guard.OptionalText(spec.TitleEn, "title_en", 500);
        DueDate = spec.DueDate;
        BaselineDueDate = spec.DueDate;
        DuePrecision = spec.DuePrecision;
        Status = MilestoneStatus.Open;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string Title { get; private set; }
    public string? TitleEn { get; private set; }

    /// <summary>Last day of the period the source gives (一季度 → 03-31, 2023年底 → 12-31), Asia/Shanghai calendar.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The original due date, kept forever beside the current one (which approved extensions move).</summary>
    public DateOnly BaselineDueDate { get; private set; }

    public DatePrecision DuePrecision { get; private set; }
    public MilestoneStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyList<MilestoneOwner> Owners => _owners;
    public IReadOnlyList<MilestoneSignOff> SignOffs => _signOffs;
    public IReadOnlyList<ExtensionRequest> Extensions => _extensions;

    /// <summary>
    /// The outcome as it stood at the end of <paramref name="asOf"/>: a completion after that day does not count yet, and
    /// an open milestone is overdue once its due date has passed by then (bulletins and evaluations of a past period).
    /// </summary>
    public static MilestoneOutcome OutcomeAsOf(DateOnly baseline, DateOnly due, DateOnly? completedOn, DateOnly asOf)
    {
        var completed = completedOn is { } done && done <= asOf ? completedOn : null;
        return OutcomeOf(completed is null ? MilestoneStatus.Open : MilestoneStatus.Done, baseline, due, completed, asOf.AddDays(1));
    }

    public static MilestoneOutcome OutcomeOf(MilestoneStatus status, DateOnly baseline, DateOnly due, DateOnly? completedOn, DateOnly today) =>
        completedOn is not { } done
            ? (IsOverdue(status, due, today) ? MilestoneOutcome.Overdue : MilestoneOutcome.Open)
            : done <= baseline ? MilestoneOutcome.OnTime
            : done <= due ? MilestoneOutcome.AfterExtension
            : MilestoneOutcome.Late;

    internal ExtensionRequest RequestExtension(string jurisdictionCode, DateOnly newDueDate, string reason, string by, DateTimeOffset at)
    {
        if (Status != MilestoneStatus.Open)
        {
            throw new DomainRuleException("extension.milestone_done", "已完成的节点不能申请延期。", "A done milestone is not extended.");
        }

        if (newDueDate <= DueDate)
        {
            throw new DomainRuleException("extension.not_later", $"新的完成时限须晚于 {DueDate:yyyy-MM-dd}。", $"The new due date must be after {DueDate:yyyy-MM-dd}.");
        }

        if (HasPendingExtension(jurisdictionCode))
        {
            throw new DomainRuleException("extension.duplicate", $"{jurisdictionCode} 对该节点已有待审批的延期申请。", $"{jurisdictionCode} already has a pending request for this milestone.");
        }

        var request = new ExtensionRequest(Id, jurisdictionCode, newDueDate, reason, by, at);
        _extensions.Add(request);
        return request;
    }

    internal void DecideExtension(Guid requestId, bool approve, string? reason, string by, DateTimeOffset at)
    {
        var request = _extensions.Find(e => e.Id == requestId)
            ?? throw new DomainRuleException("extension.not_found", $"没有延期申请 {requestId}。", $"No extension request {requestId}.");
        if (request.Status != ExtensionStatus.Pending)
        {
            throw new DomainRuleException("extension.decided", "该申请已审批。", "The request has already been decided.");
        }

        request.Decide(approve, reason, by, at);
        if (approve && request.RequestedDueDate > DueDate)
        {
            DueDate = request.RequestedDueDate;
        }
    }

    /// <summary>Done after its due date (kept visible as late for evaluation).</summary>
    public bool CompletedLate => CompletedOn is { } done && done > DueDate;

    public bool IsOwnedBy(string jurisdictionCode) => _owners.Exists(o => o.JurisdictionCode == jurisdictionCode);

    /// <summary>The party has confirmed its part (a second confirmation is refused; a rejection may follow).</summary>
    public bool HasConfirmed(string jurisdictionCode) =>
        _signOffs.Exists(s => s.JurisdictionCode == jurisdictionCode && s.Status == SignOffStatus.Confirmed);

    /// <summary>The party has asked for a later date and the joint office has not decided yet (one request at a time).</summary>
    public bool HasPendingExtension(string jurisdictionCode) =>
        _extensions.Exists(e => e.JurisdictionCode == jurisdictionCode && e.Status == ExtensionStatus.Pending);

    /// <summary>An owner whose part is still outstanding on <paramref name="today"/>: the milestone is overdue and this owner has not settled it.</summary>
    public bool IsOverdueFor(string jurisdictionCode, DateOnly today) =>
        IsOverdueOn(today) && IsOwnedBy(jurisdictionCode) && !HasSettled(jurisdictionCode);

    private bool HasSettled(string jurisdictionCode) =>
        _signOffs.Exists(s => s.JurisdictionCode == jurisdictionCode && s.Status.SettlesPart());

    /// <summary>Records a party's word; the milestone is done once every owner has signed or been waived.</summary>
    internal void RecordSignOff(string jurisdictionCode, SignOffStatus status, string text, string? link, string by, DateTimeOffset at, DateOnly today)
    {
        var signOff = _signOffs.Find(s => s.JurisdictionCode == jurisdictionCode);
        if (signOff is null)
        {
            signOff = new MilestoneSignOff(Id, jurisdictionCode);
            _signOffs.Add(signOff);
        }

        signOff.Record(status, text, link, by, at);
        Evaluate(today);
    }

    /// <summary>Null leaves a field as it is. The baseline date never moves; new owners may complete an open milestone.</summary>
    internal void Revise(string? title, string? titleEn, DateOnly? dueDate, DatePrecision? precision, IReadOnlyCollection<string>? owners, DateOnly today)
    {
        Title = title is null ? Title : Guard.Text(title, "title", 500);
        TitleEn = titleEn is null ? TitleEn : Guard.OptionalText(titleEn, "title_en", 500);
        DueDate = dueDate ?? DueDate;
        DuePrecision = precision ?? DuePrecision;
        if (owners is not null)
        {
            if (owners.Count == 0)
            {
                throw new DomainRuleException("milestone.owners_required", "节点至少要有一个责任方。", "A milestone needs at least one owning party.");
            }

            _owners.RemoveAll(o => !owners.Contains(o.JurisdictionCode));
            foreach (var code in owners.Distinct(StringComparer.Ordinal).Where(code => !IsOwnedBy(code)))
            {
                _owners.Add(new MilestoneOwner(Id, code));
            }

            Evaluate(today);
        }
    }

    /// <summary>Done once every owner has signed or been waived.</summary>
    private void Evaluate(DateOnly today)
    {
        var complete = _owners.TrueForAll(o => HasSettled(o.JurisdictionCode));
        Status = complete ? MilestoneStatus.Done : MilestoneStatus.Open;
        CompletedOn = complete ? CompletedOn ?? today : null;
    }

    public bool IsOverdueOn(DateOnly today) => IsOverdue(Status, DueDate, today);

    /// <summary>Open past its due date (the day after the due date in Asia/Shanghai).</summary>
    public static bool IsOverdue(MilestoneStatus status, DateOnly dueDate, DateOnly today) =>
        status == MilestoneStatus.Open && dueDate < today;

    internal void SetOwners(IEnumerable<string> jurisdictionCodes)
    {
        _owners.Clear();
        foreach (var code in jurisdictionCodes.Distinct(StringComparer.Ordinal))
        {
            _owners.Add(new MilestoneOwner(Id, code));
        }
    }
}
