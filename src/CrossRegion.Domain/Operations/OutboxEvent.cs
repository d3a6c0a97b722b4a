namespace CrossRegion.Domain.Operations;

/// <summary>
/// Something that happened, written in the same transaction as the change itself. The sequencer gives committed
/// events their feed position in commit order; the change feed and the webhook deliveries read positioned events
/// only, so a reader never skips an event that committed late.
/// </summary>
public sealed class OutboxEvent
{
    private OutboxEvent()
    {
        Type = Payload = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>Feed position; null until the sequencer has seen the event committed.</summary>
    public long? Position { get; private set; }

    /// <summary>e.g. notice.issued, notice.escalated.</summary>
    public string Type { get; private set; }

    public Guid? TaskId { get; private set; }

    /// <summary>For notice.issued / notice.escalated: the notice, so the event reaches only those who may read it.</summary>
    public long? NoticeId { get; private set; }

    /// <summary>For task_force.changed: the task force, so the event reaches only those who see its programme.</summary>
    public Guid? TaskForceId { get; private set; }

    /// <summary>For assignment.*: the work handed down from above, so the event reaches its sender (and who sees the task).</summary>
    public Guid? AssignmentId { get; private set; }

    /// <summary>The event's body as JSON (snake_case), as delivered.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public static OutboxEvent Create(string type, Guid? taskId, string payload, DateTimeOffset at) => new()
    {
        Type = type,
        TaskId = taskId,
        Payload = payload,
        OccurredAt = at,
    };

    /// <summary>An event about a notice (read by whoever may read the notice, as notice.issued).</summary>
    public static OutboxEvent ForNotice(string type, Guid taskId, long noticeId, string payload, DateTimeOffset at) => new()
    {
        Type = type,
        TaskId = taskId,
        NoticeId = noticeId,
        Payload = payload,
        OccurredAt = at,
    };

    /// <summary>An event about work handed down from above: its sender hears it, and whoever may read the draft task.</summary>
    public static OutboxEvent ForAssignment(string type, Guid assignmentId, string payload, DateTimeOffset at) => new()
    {
        Type = type,
        AssignmentId = assignmentId,
        Payload = payload,
        OccurredAt = at,
    };

    /// <summary>An event about a task force (programme data: no task, read by those who read the task force).</summary>
    public static OutboxEvent ForTaskForce(string type, Guid taskForceId, string payload, DateTimeOffset at) => new()
    {
        Type = type,
        TaskForceId = taskForceId,
        Payload = payload,
        OccurredAt = at,
    };
}
