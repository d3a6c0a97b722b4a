using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// A party-internal note on a task: written by and readable only by users of one jurisdiction (a city's own working
/// remarks on its share), never shown to the other parties or in the shared task history.
/// </summary>
public sealed class TaskNote
{
    private TaskNote()
    {
        JurisdictionCode = Text = AuthorName = string.Empty;
    }

    public TaskNote(Guid taskId, string jurisdictionCode, string text, string authorName, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        JurisdictionCode = jurisdictionCode;
        Text = Guard.Text(text, "text", 4000);
        AuthorName = authorName;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public string Text { get; private set; }
    public string AuthorName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
