using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Chasing;

/// <summary>
/// One reminder or formal notice (催办单) to one party about one obligation: its part of a milestone, or its
/// monthly report for a period. Issued by the chase job, at most once per obligation, due date and rung (a unique
/// key in the database); a formal notice is numbered and must be signed for (签收).
/// </summary>
public sealed class Notice
{
    private Notice()
    {
        JurisdictionCode = string.Empty;
    }

    public long Id { get; private set; }
    public NoticeKind Kind { get; private set; }
    public NoticeSubject Subject { get; private set; }

    /// <summary>The milestone's id, or the task's for a monthly report.</summary>
    public Guid SubjectId { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>The report period (yyyy-MM) of a monthly-report notice.</summary>
    public string? Period { get; private set; }

    /// <summary>The party addressed; its responsible units are the recipients.</summary>
    public string JurisdictionCode { get; private set; }

    /// <summary>The due date the notice is about: a later extension starts a new chase, this one stands.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Working days before the due date for a reminder; the ladder rung (0 = first notice) for a notice.</summary>
    public int Rung { get; private set; }

    public LadderLevel? Level { get; private set; }
    public int? Year { get; private set; }
    public int? Serial { get; private set; }

    /// <summary>The formal number, e.g. 联办催字〔2026〕15号; none for reminders.</summary>
    public string? Number { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? ReplyBy { get; private set; }

    /// <summary>The day the next rung's working days count from: issue, 签收, or the promised date, whichever is latest.</summary>
    public DateOnly EscalationBasis { get; private set; }

    /// <summary>The chase step that issued it (the notices and their outbox events share it).</summary>
    public Guid BatchId { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public string? AcknowledgementReason { get; private set; }

    /// <summary>The date the unit now expects to finish; the milestone's baseline and due date do not move.</summary>
    public DateOnly? ExpectedOn { get; private set; }

    public int DaysOverdue => Math.Max(0, IssuedOn.DayNumber - DueOn.DayNumber);

    /// <summary>签收: the unit has received the notice, optionally with a reason and a new expected date.</summary>
    public void Acknowledge(string by, string? reason, DateOnly? expectedOn, DateTimeOffset at, DateOnly today)
    {
        if (Kind != NoticeKind.Notice)
        {
            throw new DomainRuleException("notice.not_formal", "提醒无需签收。", "A reminder is not signed for.");
        }

        if (AcknowledgedAt is not null)
        {
            throw new DomainRuleException(
                "notice.acknowledgement.duplicate", $"该催办单已由 {AcknowledgedBy} 签收。", $"The notice has already been acknowledged by {AcknowledgedBy}.");
        }

        if (expectedOn is { } expected && expected <= today)
        {
            throw new DomainRuleException(
                "notice.expected_on", $"预计完成日期须晚于今天（{today:yyyy-MM-dd}）。", $"The expected date must be after today ({today:yyyy-MM-dd}).");
        }

        AcknowledgedAt = at;
        AcknowledgedBy = Guard.Text(by, "by", 128);
        AcknowledgementReason = Guard.OptionalText(reason, "reason", 2000);
        ExpectedOn = expectedOn;
        var restart = expectedOn is { } promised && promised > today ? promised : today;
        EscalationBasis = restart > EscalationBasis ? restart : EscalationBasis;
    }
}
