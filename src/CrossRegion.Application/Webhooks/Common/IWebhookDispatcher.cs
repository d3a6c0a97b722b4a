namespace CrossRegion.Application.Webhooks.Common;

/// <summary>One round: plan deliveries for positioned events, then send what is due, per subscription in feed order.</summary>
public interface IWebhookDispatcher
{
    Task<WebhookRound> DispatchAsync(CancellationToken cancellationToken);
}
