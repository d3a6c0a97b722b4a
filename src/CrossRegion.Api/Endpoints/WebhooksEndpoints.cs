using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Application.Webhooks.CreateWebhook;
using CrossRegion.Application.Webhooks.DeactivateWebhook;
using CrossRegion.Application.Webhooks.ListDeliveries;
using CrossRegion.Application.Webhooks.ListWebhooks;
using CrossRegion.Application.Webhooks.Redeliver;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// Callbacks and their deliveries: administrators for every provincial system, a machine client with
/// webhooks.manage for its own (one of its jurisdictions).
/// </summary>
internal sealed class WebhooksEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Integration").RequireAuthorization();
        group.MapPost("/", Create)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a callback URL to event types (only tasks the jurisdiction is a party to; every task for an administrator's subscription without one); answers the secret once")
            .WithDescription(
                "Deliveries are POSTs of {type, timestamp, data} signed as Standard Webhooks: webhook-id (the event's id, the same " +
                "on every retry and in GET /api/v1/changes), webhook-timestamp (Unix seconds) and webhook-signature " +
                "(v1,<base64 HMAC-SHA256 over id.timestamp.body with the key after whsec_>). In feed order per subscription; " +
                "timeouts, 5xx, 408 and 429 are retried with exponential backoff and jitter; other answers or the last attempt " +
                "dead-letter the delivery. The subscription receives events from its creation on.")
            .WithStandardProblems();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListWebhooksQuery(), ct)))
            .WithName("ListWebhooks")
            .WithSummary("Subscriptions (without their secrets)")
            .WithStandardProblems();
        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeactivateWebhookCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeactivateWebhook")
            .WithSummary("Stop delivering to a subscription (its deliveries stay listed)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/deliveries", ListDeliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A subscription's deliveries, newest first, with every attempt; status=pending|delivered|dead")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/deliveries/{id:long}/redeliver", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/webhooks/deliveries/{id}", await mediator.Send(new RedeliverCommand(id), ct)))
            .WithName("RedeliverWebhook")
            .WithSummary("Send a delivery again from its first attempt (e.g. a dead-lettered one once the receiver is fixed)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<WebhookCreatedDto>> Create(WebhookBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new CreateWebhookCommand(body.Name, body.Url, body.EventTypes, body.Jurisdiction, body.Secret), cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
    }

    private static async Task<Ok<CursorPage<WebhookDeliveryDto>>> ListDeliveries(
        Guid id, IMediator mediator, CancellationToken cancellationToken, string? status = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListDeliveriesQuery(id, status, limit, cursor), cancellationToken));
}

[CommandRules(typeof(CreateWebhookCommand))]
internal sealed record WebhookBody(string? Name, string? Url, IReadOnlyList<string>? EventTypes, string? Jurisdiction, string? Secret);
