using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Channels;

/// <summary>
/// One notice to one recipient (a person or a robot) over one channel (ADR 0029): unique on notice, channel and
/// recipient, so planning twice sends once; retried with backoff and dead-lettered on its own, so one channel's outage
/// never holds another back.
/// </summary>
public sealed class ChannelDelivery
{
    private ChannelDelivery()
    {
        Recipient = RecipientName = string.Empty;
    }

    public long Id { get; private set; }
    public long NoticeId { get; private set; }
    public NotificationChannel Channel { get; private set; }

    /// <summary>The person's user id or the robot's id.</summary>
    public string Recipient { get; private set; }

    public string RecipientName { get; private set; }
    public ChannelDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static ChannelDelivery Plan(long noticeId, NotificationChannel channel, string recipient, string recipientName, DateTimeOffset releaseAt, DateTimeOffset now) => new()
    {
        NoticeId = noticeId,
        Channel = channel,
        Recipient = Guard.Text(recipient, "recipient", 64),
        RecipientName = Guard.Text(recipientName, "recipient_name", 200),
        Status = ChannelDeliveryStatus.Pending,
        NextAttemptAt = releaseAt,
        CreatedAt = now,
    };

    public void Sent(DateTimeOffset at)
    {
        Attempts++;
        Status = ChannelDeliveryStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>A failed attempt: retried at <paramref name="retryAt"/>, or dead-lettered when there is none.</summary>
    public void Failed(string error, DateTimeOffset? retryAt)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            Status = ChannelDeliveryStatus.DeadLettered;
        }
    }

    /// <summary>An administrator sends a dead-lettered delivery again, from its first attempt.</summary>
    public void Resend(DateTimeOffset now)
    {
        if (Status != ChannelDeliveryStatus.DeadLettered)
        {
            throw new DomainRuleException("delivery.not_dead", "只能重发已放弃的投递。", "Only a dead-lettered delivery is sent again.");
        }

        Status = ChannelDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
