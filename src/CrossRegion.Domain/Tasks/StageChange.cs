using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>A project's move to a stage (储备 → 前期 / 重大前期 → 新开工 → 续建 → 竣工投产), dated as it happened.</summary>
public sealed class StageChange
{
    private StageChange()
    {
        RecordedBy = string.Empty;
    }

    internal StageChange(Guid taskId, TaskStage? from, TaskStage to, DateOnly on, string? note, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        From = from;
        To = to;
        On = on;
        Note = Guard.OptionalText(note, "note", 1000);
        RecordedBy = Guard.Text(by, "recorded_by", 128);
        RecordedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public TaskStage? From { get; private set; }
    public TaskStage To { get; private set; }

    /// <summary>The day the project entered the stage (Asia/Shanghai).</summary>
    public DateOnly On { get; private set; }

    public string? Note { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
