using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>A comment on a task, readable by every party and the joint office.</summary>
public sealed class TaskComment
{
    private TaskComment()
    {
        Text = AuthorName = string.Empty;
    }

    public TaskComment(Guid taskId, string? actingFor, string text, string authorName, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        ActingFor = actingFor;
        Text = Guard.Text(text, "text", 4000);
        AuthorName = authorName;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }

    /// <summary>The jurisdiction the author spoke for; null for the joint office.</summary>
    public string? ActingFor { get; private set; }

    public string Text { get; private set; }
    public string AuthorName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
