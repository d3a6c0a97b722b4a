using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Integration;

/// <summary>
/// An item a provincial or municipal body's system handed down (承接上级 / 上级下达, ADR 0028): it became a draft task
/// that the joint office accepts or rejects like a city's proposal, and follows that decision. Unique per sending
/// client and its external id, so a retried submission is the same assignment.
/// </summary>
public sealed class InboundAssignment
{
    public const int ExternalIdMaxLength = 64;

    private InboundAssignment()
    {
        ClientId = ExternalId = IssuedBy = TitleZh = Body = BodyDigest = TaskKey = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The machine client that sent it; only it reads the assignment back.</summary>
    public string ClientId { get; private set; }

    /// <summary>The sender's own id for the item (its system's key), unique per client.</summary>
    public string ExternalId { get; private set; }

    /// <summary>The body that assigned it, e.g. 四川省发展和改革委员会.</summary>
    public string IssuedBy { get; private set; }

    /// <summary>文号 of the document that assigned it.</summary>
    public string? SourceDocument { get; private set; }

    public string TitleZh { get; private set; }
    public DateOnly DueDate { get; private set; }

    /// <summary>The submission as received (normalised JSON), kept for the record; its digest decides what a resubmission is.</summary>
    public string Body { get; private set; }

    public string BodyDigest { get; private set; }

    /// <summary>The draft task it became (and stays, accepted or rejected).</summary>
    public Guid TaskId { get; private set; }

    public string TaskKey { get; private set; }
    public InboundAssignmentState State { get; private set; }
    public string? Reason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Bumped by every change of state; the ETag of its representation.</summary>
    public int Revision { get; private set; }

    public static InboundAssignment Receive(
        string clientId, string externalId, string issuedBy, string? sourceDocument, string titleZh, DateOnly dueDate, string body, string bodyDigest,
        Guid taskId, string taskKey, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        ClientId = Guard.Text(clientId, "client_id", 64),
        ExternalId = Guard.Text(externalId, "external_id", ExternalIdMaxLength),
        IssuedBy = Guard.Text(issuedBy, "issued_by", 200),
        SourceDocument = Guard.OptionalText(sourceDocument, "source_document", 300),
        TitleZh = Guard.Text(titleZh, "title_zh", 300),
        DueDate = dueDate,
        Body = Guard.Text(body, "body", 64_000),
        BodyDigest = Guard.Text(bodyDigest, "body_digest", 64),
        TaskId = taskId,
        TaskKey = Guard.Text(taskKey, "task_key", 32),
        State = InboundAssignmentState.Received,
        ReceivedAt = at,
        Revision = 1,
    };

    /// <summary>The joint office accepted the draft: the task is on the ledger.</summary>
    public void Accept(string by, DateTimeOffset at) => Decide(InboundAssignmentState.Accepted, null, by, at);

    /// <summary>The joint office turned the draft down, with the reason the sender reads.</summary>
    public void Reject(string reason, string by, DateTimeOffset at) => Decide(InboundAssignmentState.Rejected, Guard.Text(reason, "reason", 2000), by, at);

    private void Decide(InboundAssignmentState state, string? reason, string by, DateTimeOffset at)
    {
        if (State != InboundAssignmentState.Received)
        {
            throw new DomainRuleException("assignment.decided", "该上级下达事项已有决定。", "The assignment has been decided already.");
        }

        State = state;
        Reason = reason;
        DecidedBy = Guard.Text(by, "decided_by", 128);
        DecidedAt = at;
        Revision++;
    }
}
