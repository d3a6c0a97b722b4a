namespace CrossRegion.Application.Webhooks.Common;

public sealed record WebhookDeliveryDto(
    long Id, string EventId, long Position, string EventType, string Status, int Attempts, DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt, int? LastStatusCode, string? LastError, IReadOnlyList<WebhookAttemptDto> AttemptLog);
