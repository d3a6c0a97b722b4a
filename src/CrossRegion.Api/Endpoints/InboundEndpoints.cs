using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Inbound;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// Work handed down from above (承接上级 / 上级下达, ADR 0028): a provincial or municipal body's system sends an item, which
/// lands as a draft task the joint office accepts or rejects, and follows it by its own id and by webhook events.
/// </summary>
internal sealed class InboundEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/inbound/assignments").WithTags("Integration").RequireAuthorization();
        group.MapPost("/", Receive)
            .WithName("ReceiveAssignment")
            .WithSummary("Hand an item down from above (machine clients with assignments.write): it lands as a draft task for the joint office to accept or reject")
            .WithDescription(
                "Idempotent on the client and external_id: the same body again answers 200 with the assignment as it stands; another body " +
                "under the same external_id answers 409 (rule assignment.duplicate). The draft task takes the programme's next free key " +
                "for this year, the requested parties, and one milestone on due_date owned by all of them; its remarks say who assigned it. " +
                "The joint office decides it with POST /api/v1/tasks/{key}/accept or /reject; the client hears assignment.received, " +
                "assignment.accepted and assignment.rejected on its webhooks and in GET /api/v1/changes.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{externalId}", async (string externalId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAssignmentQuery(externalId), ct)))
            .WithName("GetAssignment")
            .WithSummary("Where an item the calling client handed down stands: received, accepted (with the task's key) or rejected (with the reason)")
            .WithDescription("404 for an external_id the calling client did not send, whoever else did.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<InboundAssignmentDto>, Ok<InboundAssignmentDto>>> Receive(
        ReceiveAssignmentCommand command, IMediator mediator, CancellationToken cancellationToken)
    {
        var received = await mediator.Send(command, cancellationToken);
        return received.Created
            ? TypedResults.Created($"/api/v1/inbound/assignments/{Uri.EscapeDataString(received.Assignment.ExternalId)}", received.Assignment)
            : TypedResults.Ok(received.Assignment);
    }
}
