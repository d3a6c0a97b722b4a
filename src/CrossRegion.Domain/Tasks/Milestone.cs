using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>A dated deliverable of a task, owned by one, several or all responsible parties.</summary>
public sealed class Milestone
{
    private readonly List<MilestoneOwner> _owners = [];
    private readonly List<MilestoneSignOff> _signOffs = [];

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

    public DatePrecision DuePrecision { get; private set; }
    public MilestoneStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyList<MilestoneOwner> Owners => _owners;
    public IReadOnlyList<MilestoneSignOff> SignOffs => _signOffs;

    /// <summary>Done after its due date (kept visible as late for evaluation).</summary>
    public bool CompletedLate => CompletedOn is { } done && done > DueDate;

    internal bool IsOwnedBy(string jurisdictionCode) => _owners.Exists(o => o.JurisdictionCode == jurisdictionCode);

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
        var complete = _owners.TrueForAll(o => _signOffs.Exists(s =>
            s.JurisdictionCode == o.JurisdictionCode && s.Status is SignOffStatus.Confirmed or SignOffStatus.Waived));
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
