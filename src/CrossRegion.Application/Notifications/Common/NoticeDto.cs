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
    NoticeAcknowledgementDto? Acknowledgement);
