namespace CrossRegion.Application.Webhooks.ListWebhooks;

public sealed record WebhookDto(
    Guid Id, string Name, string Url, IReadOnlyList<string> EventTypes, string? Jurisdiction, bool Active, long PlannedThrough, DateTimeOffset CreatedAt, string? OwnerClientId);
