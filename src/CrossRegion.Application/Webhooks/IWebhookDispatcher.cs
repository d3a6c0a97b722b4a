namespace CrossRegion.Application.Webhooks;

/// <summary>One round: plan deliveries for positioned events, then send what is due, per subscription in feed order.</summary>
public interface IWebhookDispatcher
{
    Task<WebhookRound> DispatchAsync(CancellationToken cancellationToken);
}

public sealed record WebhookRound(int Planned, int Delivered, int Retrying, int DeadLettered);
