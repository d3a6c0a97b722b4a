namespace CrossRegion.Domain.Channels;

/// <summary>Where a notice reaches people besides the console's inbox (ADR 0029).</summary>
public enum NotificationChannel
{
    Email = 1,
    Sms = 2,
    DingTalk = 3,
    WeCom = 4,
}

/// <summary>A channel delivery's state: waiting (first attempt or a retry), sent, or given up (dead-lettered).</summary>
public enum ChannelDeliveryStatus
{
    Pending = 0,
    Sent = 1,
    DeadLettered = 2,
}
