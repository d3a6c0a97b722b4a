namespace CrossRegion.Application.Changes.Common;

/// <summary>
/// The event types of the change feed and of webhooks, as subscribers name them: the one list the outbox writes,
/// the chase's SQL writes and subscriptions are validated against.
/// </summary>
public static class EventTypes
{
    public const string TaskCreated = "task.created";
    public const string TaskChanged = "task.changed";
    public const string TaskClosed = "task.closed";
    public const string MilestoneDone = "milestone.done";
    public const string ExtensionDecided = "extension.decided";
    public const string NoticeIssued = "notice.issued";
    public const string NoticeEscalated = "notice.escalated";

    /// <summary>An annual evaluation was published (for everyone: the ranking is public).</summary>
    public const string EvaluationPublished = "evaluation.published";

    /// <summary>A joint meeting's decision became a task or a milestone (for those who see that task).</summary>
    public const string MeetingDecided = "meeting.decided";

    /// <summary>An ask (争取 / 报批) was drafted or changed state (for those who see its task).</summary>
    public const string AskChanged = "ask.changed";

    /// <summary>An issue (问题协调) was raised or changed state (for those who see its task).</summary>
    public const string IssueChanged = "issue.changed";

    /// <summary>
    /// A task force (专班) was formed or changed, or given or relieved of a task (for those who read the task force: its
    /// programme's readers; the task itself is named only in the task.changed that goes to those who see the task).
    /// </summary>
    public const string TaskForceChanged = "task_force.changed";

    /// <summary>A city proposed a task (a draft for the joint office to accept or reject; for those who see it).</summary>
    public const string TaskProposed = "task.proposed";

    /// <summary>A party submitted (or revised) its monthly report on a task.</summary>
    public const string ReportSubmitted = "report.submitted";

    /// <summary>One owning party signed off its part of a milestone (or the joint office waived it).</summary>
    public const string MilestoneSignedOff = "milestone.signed_off";

    /// <summary>An owning party asked for a later due date (延期申请).</summary>
    public const string ExtensionRequested = "extension.requested";

    /// <summary>A notice was signed for (签收): for whoever may read the notice, as notice.issued.</summary>
    public const string NoticeAcknowledged = "notice.acknowledged";

    /// <summary>Work handed down from above landed as a draft task (for its sender, and whoever sees the draft).</summary>
    public const string AssignmentReceived = "assignment.received";

    /// <summary>The joint office accepted work handed down from above: the task is on the ledger.</summary>
    public const string AssignmentAccepted = "assignment.accepted";

    /// <summary>The joint office rejected work handed down from above, with a reason.</summary>
    public const string AssignmentRejected = "assignment.rejected";

    public static readonly IReadOnlyList<string> All =
    [
        TaskCreated, TaskChanged, TaskClosed, MilestoneDone, ExtensionDecided, NoticeIssued, NoticeEscalated, EvaluationPublished, MeetingDecided, AskChanged,
        TaskForceChanged, IssueChanged, TaskProposed, ReportSubmitted, MilestoneSignedOff, ExtensionRequested, NoticeAcknowledged,
        AssignmentReceived, AssignmentAccepted, AssignmentRejected,
    ];
}
