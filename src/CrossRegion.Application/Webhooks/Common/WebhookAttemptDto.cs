namespace CrossRegion.Application.Webhooks.Common;

public sealed record WebhookAttemptDto(int Number, DateTimeOffset At, int? StatusCode, string? Error, long DurationMs);
