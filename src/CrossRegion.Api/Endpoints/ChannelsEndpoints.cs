using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Notifications.Deliveries;
using CrossRegion.Application.Notifications.Robots;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// The notices' channels besides the inbox (ADR 0029), for administrators: 钉钉 and 企业微信 group robots that post a
/// city's or a unit's notices, and the deliveries, to send again those given up.
/// </summary>
internal sealed class ChannelsEndpoints : IEndpointGroup
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

        var deliveries = app.MapGroup("/api/v1/admin/channel-deliveries").WithTags("Notifications").RequireAuthorization();
        deliveries.MapGet("/", ListDeliveries)
            .WithName("ListChannelDeliveries")
            .WithSummary("The email, SMS and robot deliveries of the notices the caller reads, newest first; status=dead_lettered lists those given up")
            .WithStandardProblems();
        deliveries.MapPost("/resend", ResendAll)
            .WithName("ResendChannelDeliveries")
            .WithSummary("Send every dead-lettered delivery again (channel=sms: of one channel; all when absent), after an outage of the mail server, the SMS gateway or a robot")
            .WithDescription("resent: how many, of the notices the caller reads; the dispatcher takes them on its next rounds.")
            .WithStandardProblems();
        deliveries.MapPost("/{id:long}/resend", async (long id, IMediator mediator, CancellationToken ct) =>
            {
                var delivery = await mediator.Send(new ResendChannelDeliveryCommand(id), ct);
                return TypedResults.Accepted($"/api/v1/notices/{delivery.Notice}", delivery);
            })
            .WithName("ResendChannelDelivery")
            .WithSummary("Send a dead-lettered delivery again from its first attempt (once the mail server, gateway or robot is mended)")
            .WithDescription("The dispatcher takes it on its next round; the notice (Location) shows how it went. A delivery that is not dead-lettered is refused with 422 (rule delivery.not_dead).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<ResentDeliveriesDto>> ResendAll(IMediator mediator, CancellationToken cancellationToken, string? channel = null) =>
        TypedResults.Ok(await mediator.Send(new ResendChannelDeliveriesCommand(channel), cancellationToken));

    private static async Task<Ok<CursorPage<ChannelDeliveryRowDto>>> ListDeliveries(
        IMediator mediator, CancellationToken cancellationToken, string? status = null, string? channel = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListChannelDeliveriesQuery(status, channel, limit, cursor), cancellationToken));
}
