using CrossRegion.Application.Milestones.SignOff;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>会签: joint sign-off of milestones by their owning parties.</summary>
internal sealed class MilestonesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks/{key}/milestones/{milestoneId:guid}").WithTags("Milestones").RequireAuthorization();

        group.MapPost("/sign-off", (string key, Guid milestoneId, SignOffBody body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                Send(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Confirm, body.Evidence, body.Link, null), mediator, response, ct))
            .WithName("SignOffMilestone")
            .WithSummary("Your party confirms its part of the milestone, with evidence; the last owner's confirmation completes it")
            .WithSignOffProblems();
        group.MapPost("/reject", (string key, Guid milestoneId, ReasonBody body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                Send(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Reject, body.Reason, null, null), mediator, response, ct))
            .WithName("RejectMilestone")
            .WithSummary("Your party rejects the milestone as done, with a reason; it is open again")
            .WithSignOffProblems();
        group.MapPost("/waive", (string key, Guid milestoneId, WaiveBody body, IMediator mediator, HttpResponse response, CancellationToken ct) =>
                Send(new SignOffMilestoneCommand(key, milestoneId, MilestoneAction.Waive, body.Reason, null, body.Jurisdiction), mediator, response, ct))
            .WithName("WaiveSignOff")
            .WithSummary("The joint office waives a party's sign-off, with a recorded reason")
            .WithSignOffProblems();
    }

    private static async Task<Ok<TaskDetailDto>> Send(
        SignOffMilestoneCommand command, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        var task = await mediator.Send(new GetTaskQuery(command.Key), cancellationToken);
        response.Headers.ETag = ETags.Format(task.Version);
        return TypedResults.Ok(task);
    }
}
