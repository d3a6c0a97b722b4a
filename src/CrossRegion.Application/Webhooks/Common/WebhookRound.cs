namespace CrossRegion.Application.Webhooks.Common;

public sealed record WebhookRound(int Planned, int Delivered, int Retrying, int DeadLettered);
