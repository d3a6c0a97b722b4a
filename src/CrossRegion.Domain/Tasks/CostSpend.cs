using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A party's actual spend on a task in one month (万元), as it recorded it. A later record of the same month is a
/// revision: the latest counts, the earlier ones stay (as reports' revisions do). Reached through its task.
/// </summary>
public sealed class CostSpend
{
    private CostSpend()
    {
        JurisdictionCode = Period = RecordedBy = string.Empty;
    }

    internal CostSpend(Guid taskId, string jurisdictionCode, string period, decimal amount, string? note, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        JurisdictionCode = jurisdictionCode;
        Period = period;
        Amount = amount;
        Note = Guard.OptionalText(note, "note", 500);
        RecordedBy = Guard.Text(by, "by", 128);
        RecordedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string JurisdictionCode { get; private set; }

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Period { get; private set; }

    /// <summary>Spent in the month, in 万元.</summary>
    public decimal Amount { get; private set; }

    public string? Note { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
