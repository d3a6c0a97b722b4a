using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Milestones.DecideExtension;
using CrossRegion.Application.Milestones.RequestExtension;
using CrossRegion.Application.Milestones.SignOff;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>会签: joint sign-off of milestones by their owning parties.</summary>
internal sealed class MilestonesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks/{key}/milestones/{milestoneId:guid}").WithTags("Milestones").RequireAuthorization();

        group.MapPost("/sign-off", (string key, Guid milestoneId, SignOffBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                TaskResponses.OkAsync(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Confirm, body.Evidence, body.Link, null, IfMatch(request)), mediator, response, ct))
            .WithName("SignOffMilestone")
            .WithSummary("Your party confirms its part of the milestone, with evidence; the last owner's confirmation completes it")
            .WithSignOffProblems()
            .WithIfMatch(required: false);
        group.MapPost("/reject", (string key, Guid milestoneId, ReasonBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                TaskResponses.OkAsync(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Reject, body.Reason, null, null, IfMatch(request)), mediator, response, ct))
            .WithName("RejectMilestone")
            .WithSummary("Your party rejects the milestone as done, with a reason; it is open again")
            .WithSignOffProblems()
            .WithIfMatch(required: false);
        group.MapPost("/waive", (string key, Guid milestoneId, WaiveBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                TaskResponses.OkAsync(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Waive, body.Reason, null, body.Jurisdiction, IfMatch(request)), mediator, response, ct))
            .WithName("WaiveSignOff")
            .WithSummary("The joint office waives a party's sign-off, with a recorded reason")
            .WithSignOffProblems()
            .WithIfMatch(required: false);

        MapExtensions(app);
    }

    public static void MapExtensions(IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/v1/tasks/{key}").WithTags("Milestones").RequireAuthorization();
        tasks.MapPost("/milestones/{milestoneId:guid}/extensions", async (string key, Guid milestoneId, ExtensionBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var task = await TaskResponses.SendAsync(new RequestExtensionCommand(key, milestoneId, body.DueDate, body.Reason, IfMatch(request)), mediator, response, ct);
                return TypedResults.Created($"/api/v1/tasks/{task.Key}", task);
            })
            .WithIdempotencyKey()
            .WithName("RequestExtension")
            .WithSummary("延期申请: your party asks for a later due date, with a reason; the baseline date is kept")
            .WithSignOffProblems()
            .WithIfMatch(required: false);
        tasks.MapPost("/extensions/{requestId:guid}/approve", (string key, Guid requestId, ReasonBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                TaskResponses.OkAsync(new DecideExtensionCommand(key, requestId, true, body.Reason, IfMatch(request)), mediator, response, ct))
            .WithName("ApproveExtension")
            .WithSummary("The joint office approves: the current due date moves, the baseline stays")
            .WithSignOffProblems()
            .WithIfMatch(required: false);
        tasks.MapPost("/extensions/{requestId:guid}/reject", (string key, Guid requestId, ReasonBody body, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                TaskResponses.OkAsync(new DecideExtensionCommand(key, requestId, false, body.Reason, IfMatch(request)), mediator, response, ct))
            .WithName("RejectExtension")
            .WithSummary("The joint office rejects the request; the due date stays")
            .WithSignOffProblems()
            .WithIfMatch(required: false);
    }

    // Optional on a party's actions and the office's extension decisions: a caller that names the version it read is refused (412) when the task moved on.
    private static int? IfMatch(HttpRequest request) => ETags.Parse(request.Headers.IfMatch);
}
