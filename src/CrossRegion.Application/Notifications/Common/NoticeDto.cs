using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Notifications.Common;

/// <summary>A reminder or 催办单 as its recipients and the joint office read it.</summary>
public sealed record NoticeDto(
    long Id,
    string? Number,
    NoticeKind Kind,
    NoticeSubject Subject,
    string Text,
    NoticeTaskDto Task,
    Guid? MilestoneId,
    string? MilestoneTitle,
    Guid? AskId,
    string? AskSubject,
    Guid? IssueId,
    string? IssueSubject,
    string? Period,
    string Jurisdiction,
    IReadOnlyList<string> RecipientUnits,
    DateOnly DueOn,
    int DaysOverdue,
    int Rung,
    LadderLevel? Level,
    string Issuer,
    DateTimeOffset IssuedAt,
    DateOnly? ReplyBy,
    bool Read,
    NoticeAcknowledgementDto? Acknowledgement)
{
    /// <summary>How the notice went out besides the inbox, per channel and recipient (ADR 0029); empty while none is planned.</summary>
    public IReadOnlyList<ChannelDeliveryDto> Deliveries { get; init; } = [];
}

/// <param name="Id">The delivery's id (an administrator sends a dead-lettered one again: POST /api/v1/admin/channel-deliveries/{id}/resend).</param>
/// <param name="Channel">email, sms, ding_talk or we_com.</param>
/// <param name="Recipient">The person's name, or the robot's (its group).</param>
/// <param name="Status">pending (first attempt or a retry at next_attempt_at), sent, or dead_lettered (given up; last_error says why).</param>
public sealed record ChannelDeliveryDto(
    long Id, Domain.Channels.NotificationChannel Channel, string Recipient, Domain.Channels.ChannelDeliveryStatus Status, int Attempts, DateTimeOffset? SentAt,
    DateTimeOffset? NextAttemptAt, string? LastError);
