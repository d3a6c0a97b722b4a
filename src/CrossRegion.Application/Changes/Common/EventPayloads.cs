using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CrossRegion.Application.Changes.Common;

// The data of each event type, as the change feed and webhooks carry it (snake_case JSON). The outbox writes these
// records, so the OpenAPI document's schema of each event (EventPayloads.Types) is the shape that is sent.

/// <summary>task.created, task.changed, task.closed.</summary>
[Description("task.created, task.proposed (a city's draft for the joint office), task.changed and task.closed: the task as it now is and, for a change, the fields and parts that changed.")]
public sealed record TaskEventData(
    Guid TaskId,
    string TaskKey,
    int Version,
    string Status,
    string TitleZh,
    string TitleEn,
    [property: Description("The snake_case names of what changed (fields of the task, or parts: parties, milestones, preparation, cost_shares, task_forces …); empty for task.created.")]
    IReadOnlyList<string> Changed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("When a task force was given or relieved of the task: its code.")]
    string? TaskForce = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("`assigned` or `released`, with task_force.")]
    string? TaskForceChange = null);

[Description("milestone.done: the last owning party signed off (or was waived); the milestone is done.")]
public sealed record MilestoneDoneData(
    Guid TaskId, string TaskKey, Guid MilestoneId, string Title, DateOnly DueDate, DateOnly BaselineDueDate, DateOnly? CompletedOn,
    [property: Description("on_time, after_extension or late.")] string Outcome);

[Description("extension.decided: the joint office approved or rejected a party's request for a later due date.")]
public sealed record ExtensionDecidedData(
    Guid TaskId, string TaskKey, Guid ExtensionId, Guid MilestoneId, string Jurisdiction,
    [property: Description("approved or rejected.")] string Decision,
    DateOnly RequestedDueDate,
    [property: Description("The milestone's due date after the decision.")] DateOnly DueDate,
    string? Reason);

[Description("notice.issued and notice.escalated: a 催办单 or reminder the chase issued, or its escalation up the ladder.")]
public sealed record NoticeEventData(
    long NoticeId, string? Number, Guid TaskId, string TaskKey,
    [property: Description("milestone, monthly_report, ask or issue.")] string Subject,
    Guid SubjectId, string? Period, string Jurisdiction, DateOnly DueOn,
    [property: Description("0 for the first notice, then one more per escalation.")] int Rung,
    string Level, DateOnly? ReplyBy, DateTimeOffset IssuedAt);

[Description("evaluation.published: the year's evaluation was published (to everyone: the ranking is public).")]
public sealed record EvaluationPublishedData(Guid EvaluationId, int Year, int Version, DateTimeOffset? PublishedAt, string? PublishedBy);

[Description("meeting.decided: a joint meeting's decision became a task or a milestone of one.")]
public sealed record MeetingDecidedData(
    Guid MeetingId, string? Programme, string? MeetingTitle, DateOnly? MeetingDate, int Position, string Text, Guid TaskId, string TaskKey,
    Guid? MilestoneId, DateOnly DueDate, string? Kind);

[Description("ask.changed: an ask (争取事项) was drafted or changed state.")]
public sealed record AskChangedData(
    Guid AskId, Guid TaskId, string TaskKey, string Kind, string Subject, string Status, IReadOnlyList<string> Addressees, IReadOnlyList<string> Submitters,
    DateOnly? SubmittedOn, DateOnly? AnsweredOn, string? AnswerDocument, DateOnly? FollowUpOn, int Revision);

[Description("issue.changed: an issue (协调事项, or a 要素 request) was raised or changed state.")]
public sealed record IssueChangedData(
    Guid IssueId, Guid TaskId, string TaskKey, string RaisedBy, string Subject, string Status, string AddresseeKind, string? Addressee,
    DateOnly ReplyBy, DateOnly? AnsweredOn, DateOnly? ClosedOn, int Revision, string? Factor, string? FactorOutcome);

[Description("task_force.changed: a task force (专班) was formed or changed, or given or relieved of a task (named only in the task's own task.changed).")]
public sealed record TaskForceChangedData(
    Guid TaskForceId, string Code, string Programme, string Field, string NameZh, string NameEn, int Revision,
    [property: Description("formed or changed.")] string Change);

[Description("report.submitted: a party's monthly report (月调度) on a task; a second one for the month is its next revision.")]
public sealed record ReportSubmittedData(
    Guid ReportId, Guid TaskId, string TaskKey, string Jurisdiction,
    [property: Description("The month, yyyy-MM.")] string Period,
    int Revision,
    [property: Description("on_track, at_risk or blocked.")] string Status,
    decimal? ProgressPercent, Guid? IssueId, string SubmittedBy, DateTimeOffset SubmittedAt);

[Description("milestone.signed_off: one owning party's part of a milestone was signed off (会签) or waived; milestone.done follows when every owner's is.")]
public sealed record MilestoneSignedOffData(
    Guid TaskId, string TaskKey, Guid MilestoneId, string Title, string Jurisdiction,
    [property: Description("confirmed (the party signed, with evidence) or waived (the joint office released it).")] string Decision,
    string By, DateTimeOffset At,
    [property: Description("The milestone's status after this sign-off: done once every owning party's part is.")] string MilestoneStatus);

[Description("extension.requested: an owning party asked for a later due date (延期申请); extension.decided follows.")]
public sealed record ExtensionRequestedData(
    Guid TaskId, string TaskKey, Guid ExtensionId, Guid MilestoneId, string Jurisdiction, DateOnly RequestedDueDate,
    [property: Description("The milestone's due date now.")] DateOnly DueDate,
    string Reason);

[Description("notice.acknowledged: a notice was signed for (签收), with an expected date when the party gave one.")]
public sealed record NoticeAcknowledgedData(
    long NoticeId, string? Number, Guid TaskId, string TaskKey,
    [property: Description("milestone, monthly_report, ask or issue.")] string Subject,
    string Jurisdiction, string AcknowledgedBy, DateTimeOffset AcknowledgedAt, string? Reason, DateOnly? ExpectedOn);

[Description("assignment.received, assignment.accepted and assignment.rejected: work handed down from above (POST /api/v1/inbound/assignments) and where it stands.")]
public sealed record AssignmentEventData(
    [property: Description("The sender's own id for the item.")] string ExternalId,
    [property: Description("The machine client that sent it.")] string ClientId,
    [property: Description("received, accepted or rejected.")] string State,
    Guid TaskId,
    string TaskKey,
    string TitleZh,
    DateOnly DueDate,
    [property: Description("Why it was rejected.")] string? Reason,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecidedAt,
    int Revision);

/// <summary>The data type of each event type, for the contract (the OpenAPI document's change and webhook schemas).</summary>
public static class EventPayloads
{
    /// <summary>How the outbox writes the data: snake_case, instants in UTC with Z to the millisecond, as on the API.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        Converters = { new CrossRegion.Application.Common.Text.UtcInstantConverter() },
    };

    public static readonly IReadOnlyList<(string Type, Type Data)> Types =
    [
        (EventTypes.TaskCreated, typeof(TaskEventData)),
        (EventTypes.TaskChanged, typeof(TaskEventData)),
        (EventTypes.TaskClosed, typeof(TaskEventData)),
        (EventTypes.MilestoneDone, typeof(MilestoneDoneData)),
        (EventTypes.ExtensionDecided, typeof(ExtensionDecidedData)),
        (EventTypes.NoticeIssued, typeof(NoticeEventData)),
        (EventTypes.NoticeEscalated, typeof(NoticeEventData)),
        (EventTypes.EvaluationPublished, typeof(EvaluationPublishedData)),
        (EventTypes.MeetingDecided, typeof(MeetingDecidedData)),
        (EventTypes.AskChanged, typeof(AskChangedData)),
        (EventTypes.IssueChanged, typeof(IssueChangedData)),
        (EventTypes.TaskForceChanged, typeof(TaskForceChangedData)),
        (EventTypes.TaskProposed, typeof(TaskEventData)),
        (EventTypes.ReportSubmitted, typeof(ReportSubmittedData)),
        (EventTypes.MilestoneSignedOff, typeof(MilestoneSignedOffData)),
        (EventTypes.ExtensionRequested, typeof(ExtensionRequestedData)),
        (EventTypes.NoticeAcknowledged, typeof(NoticeAcknowledgedData)),
        (EventTypes.AssignmentReceived, typeof(AssignmentEventData)),
        (EventTypes.AssignmentAccepted, typeof(AssignmentEventData)),
        (EventTypes.AssignmentRejected, typeof(AssignmentEventData)),
    ];
}
