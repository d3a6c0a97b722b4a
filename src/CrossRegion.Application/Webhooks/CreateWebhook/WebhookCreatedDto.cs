namespace CrossRegion.Application.Webhooks.CreateWebhook;

public sealed record WebhookCreatedDto(Guid Id, string Name, string Url, IReadOnlyList<string> EventTypes, string? Jurisdiction, string Secret);
