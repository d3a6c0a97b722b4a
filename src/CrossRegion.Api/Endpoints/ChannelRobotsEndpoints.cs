using CrossRegion.Application.Notifications.Robots;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>钉钉 and 企业微信 group robots that post a city's or a unit's notices (ADR 0029): administrators.</summary>
internal sealed class ChannelRobotsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/channel-robots").WithTags("Notifications").RequireAuthorization();
        group.MapPost("/", async (CreateChannelRobotCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var robot = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/admin/channel-robots/{robot.Id}", robot);
            })
            .WithName("CreateChannelRobot")
            .WithSummary("Register a 钉钉 (kind ding_talk, optional secret SEC… to sign) or 企业微信 (we_com) group robot for a city's or a unit's notices (scope)")
            .WithDescription("url: the robot's webhook address on oapi.dingtalk.com or qyapi.weixin.qq.com (or an internal gateway in Webhooks:AllowedInternalTargets), under the webhooks' address rules. The list never shows the secret or the URL's token.")
            .WithStandardProblems();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListChannelRobotsQuery(), ct)))
            .WithName("ListChannelRobots")
            .WithSummary("The group robots (without secrets or tokens)")
            .WithStandardProblems();
        group.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new DeactivateChannelRobotCommand(id), ct)))
            .WithName("DeactivateChannelRobot")
            .WithSummary("Stop a robot (its past deliveries stay on the notices)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
