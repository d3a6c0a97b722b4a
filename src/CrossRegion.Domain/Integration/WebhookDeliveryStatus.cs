namespace CrossRegion.Domain.Integration;

public enum WebhookDeliveryStatus
{
    /// <summary>Not delivered yet: waiting for its turn or its next attempt.</summary>
    Pending = 1,

    Delivered = 2,

    /// <summary>Dead-lettered: every attempt failed, or the receiver refused it for good (4xx). An administrator may redeliver.</summary>
    Dead = 3,
}
