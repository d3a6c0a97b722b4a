namespace CrossRegion.Domain.Tasks;

/// <summary>
/// The value of one of its list type's own columns on a task (建设批次, 总投资 …): text (a choice's code) or a number in
/// the column's unit. Kept one row per field so that the ledger filters by any column with plain SQL on both providers.
/// </summary>
public sealed class TaskField
{
    private TaskField()
    {
        Key = string.Empty;
    }

    internal TaskField(Guid taskId, string key, string? text, decimal? number)
    {
        TaskId = taskId;
        Key = key;
        Text = text;
        Number = number;
    }

    public Guid TaskId { get; private set; }
    public string Key { get; private set; }
    public string? Text { get; private set; }
    public decimal? Number { get; private set; }

    internal void Set(string? text, decimal? number)
    {
        Text = text;
        Number = number;
    }
}
