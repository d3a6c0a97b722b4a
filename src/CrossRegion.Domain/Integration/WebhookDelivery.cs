namespace CrossRegion.Domain.Integration;

/// <summary>One event for one subscription: delivered in feed order, retried with backoff, dead-lettered at the end.</summary>
public sealed class WebhookDelivery
{
    private readonly List<WebhookAttempt> _attempts = [];

    private WebhookDelivery()
    {
        EventType = string.Empty;
    }

    public long Id { get; private set; }
    public Guid SubscriptionId { get; private set; }
    public long EventId { get; private set; }
    public long Position { get; private set; }
    public string EventType { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>Every attempt ever made, redeliveries included: the next attempt's number in the log.</summary>
    public int LoggedAttempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public IReadOnlyList<WebhookAttempt> AttemptLog => _attempts;

    public static WebhookDelivery For(Guid subscriptionId, long eventId, long position, string eventType, DateTimeOffset now) => new()
    {
        SubscriptionId = subscriptionId,
        EventId = eventId,
        Position = position,
        EventType = eventType,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now,
    };

    public void Succeeded(int statusCode, DateTimeOffset at, long durationMs)
    {
        Record(statusCode, null, at, durationMs);
        Status = WebhookDeliveryStatus.Delivered;
        DeliveredAt = at;
    }

    /// <summary>A failed attempt: retried at <paramref name="retryAt"/>, or dead-lettered when there is none.</summary>
    public void Failed(int? statusCode, string error, DateTimeOffset at, long durationMs, DateTimeOffset? retryAt)
    {
        Record(statusCode, error, at, durationMs);
        if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            Status = WebhookDeliveryStatus.Dead;
        }
    }

    /// <summary>An administrator sends it again from the first attempt; the earlier attempts stay in the log.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private void Record(int? statusCode, string? error, DateTimeOffset at, long durationMs)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = error is { Length: > 500 } ? error[..500] : error;
        // Numbered from the delivery's own counter: the log itself is not loaded to send an attempt.
        _attempts.Add(new WebhookAttempt(Id, ++LoggedAttempts, at, statusCode, LastError, durationMs));
    }
}

/// <summary>One HTTP attempt of a delivery, kept for the administrators' list.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt()
    {
    }

    internal WebhookAttempt(long deliveryId, int number, DateTimeOffset at, int? statusCode, string? error, long durationMs)
    {
        DeliveryId = deliveryId;
        Number = number;
        At = at;
        StatusCode = statusCode;
        Error = error;
        DurationMs = durationMs;
    }

    public long Id { get; private set; }
    public long DeliveryId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? StatusCode { get; private set; }
    public string? Error { get; private set; }
    public long DurationMs { get; private set; }
}
