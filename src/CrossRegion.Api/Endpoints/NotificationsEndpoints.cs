using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Notifications.AcknowledgeNotice;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Application.Notifications.GetNotice;
using CrossRegion.Application.Notifications.ListNotices;
using CrossRegion.Application.Notifications.ListNotifications;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>The chase as people meet it: each user's inbox, 签收, and the joint office's view of every notice.</summary>
internal sealed class NotificationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        inbox.MapGet("/", ListNotifications)
            .WithName("ListNotifications")
            .WithSummary("Your inbox: reminders and 催办 notices addressed to your unit, your city or (upper rungs) the joint office; unread first")
            .WithStandardProblems();
        inbox.MapPost("/{id:long}/ack", Acknowledge)
            .WithName("AcknowledgeNotification")
            .WithSummary("签收 a notice (with an optional reason and expected_on date), or mark a reminder read")
            .WithDescription(
                "Only the addressed party's responsible units and its city coordinator sign for a 催办单; the joint office reads " +
                "notices but does not sign (403). expected_on must be after today and leaves the milestone's dates as they are; " +
                "escalation then waits until that date before counting again. A notice is signed for once (409).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGroup("/api/v1/notices").WithTags("Notifications").RequireAuthorization()
            .MapGet("/", ListNotices)
            .WithName("ListNotices")
            .WithSummary("Every notice you may read, newest first (the joint office, observers and administrators: all of them)")
            .WithDescription("level=joint_meeting&acknowledged=false lists the items escalated onto the joint meeting's agenda.")
            .WithStandardProblems();
        app.MapGroup("/api/v1/notices").WithTags("Notifications").RequireAuthorization()
            .MapGet("/{id:long}", (long id, HttpRequest request, IMediator mediator, CancellationToken ct, string? format = null) =>
                Documents.NoticeDocument.AnswerAsync(id, format, request, mediator, ct))
            .WithName("GetNotice")
            .WithSummary("One notice (the notice_id of a notice.issued or notice.escalated event); 404 for anyone who may not read it")
            .WithDescription(
                "JSON by default. The 催办单 as its recipients file it: Accept: application/pdf or format=pdf answers the formal document, " +
                "one A4 page in 公文 form (always in Chinese, the official text), for the same readers as the JSON. A reminder has no formal " +
                "document (406), nor does any other format.")
            .ProducesJsonOrDocument<NoticeDto>(Documents.NoticeSheet.PdfType)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
    }

    private static async Task<Ok<CursorPage<NoticeDto>>> ListNotifications(
        IMediator mediator, CancellationToken cancellationToken, [FromQuery(Name = "unread_only")] bool unreadOnly = false, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListNotificationsQuery(unreadOnly, limit, cursor), cancellationToken));

    private static async Task<Ok<NoticeDto>> Acknowledge(long id, AcknowledgementBody? body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AcknowledgeNoticeCommand(id, body?.Reason, body?.ExpectedOn), cancellationToken));

    private static async Task<Ok<CursorPage<NoticeDto>>> ListNotices(
        IMediator mediator,
        CancellationToken cancellationToken,
        string? jurisdiction = null,
        string? kind = null,
        string? subject = null,
        string? level = null,
        bool? acknowledged = null,
        string? task = null,
        int? limit = null,
        string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListNoticesQuery(jurisdiction, kind, subject, level, acknowledged, task, limit, cursor), cancellationToken));
}

/// <summary>签收: why the obligation is late and when it is now expected; both optional.</summary>
[CommandRules(typeof(AcknowledgeNoticeCommand))]
internal sealed record AcknowledgementBody(string? Reason, DateOnly? ExpectedOn);
