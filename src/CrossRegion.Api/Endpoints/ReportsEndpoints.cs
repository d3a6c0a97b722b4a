using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Application.Discussion.ListMessages;
using CrossRegion.Application.Discussion.PostMessage;
using CrossRegion.Application.Reports.Common;
using CrossRegion.Application.Reports.GetReport;
using CrossRegion.Application.Reports.ListReports;
using CrossRegion.Application.Reports.SubmitReport;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>月调度 monthly reports, comments (all parties) and party-internal notes on a task.</summary>
internal sealed class ReportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks/{key}").WithTags("Reports").RequireAuthorization();

        group.MapPost("/reports", SubmitReport)
            .WithIdempotencyKey()
            .WithName("SubmitReport")
            .WithSummary("月调度: your party reports on its share for a month (a responsible unit of the party or its city coordinator)")
            .WithDescription(
                "period is yyyy-MM (this month or earlier). values name the task's measures by measure_id, in any unit of the " +
                "measure's kind: 2000 万元 against a target in 亿元 is kept as sent and as 0.2 亿元. status at_risk or blocked needs " +
                "status_reason. A second report for the same month is a new revision; the earlier stays readable. Send " +
                "Idempotency-Key to make retries safe.")
            .WithSignOffProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/reports", ListReports)
            .WithName("ListReports")
            .WithSummary("A task's monthly reports, newest first; latest revision of each month unless all_revisions=true")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/reports/{id:guid}", (string key, Guid id, IMediator mediator, CancellationToken ct) => Read(new GetReportQuery(key, id), mediator, ct))
            .WithName("GetReport")
            .WithSummary("One report, any revision")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        foreach (var (route, kind) in new[] { ("comments", MessageKind.Comment), ("notes", MessageKind.Note) })
        {
            var audience = kind == MessageKind.Comment ? "every party and the joint office read" : "only your own city reads";
            group.MapPost($"/{route}", async (string key, MessageBody body, IMediator mediator, CancellationToken ct) =>
                {
                    var message = await mediator.Send(new PostMessageCommand(key, kind, body.Text), ct);
                    return TypedResults.Created($"/api/v1/tasks/{key}/{route}", message);
                })
                .WithIdempotencyKey()
                .WithName(kind == MessageKind.Comment ? "PostComment" : "PostNote")
                .WithSummary($"Add a {kind.ToString().ToLowerInvariant()} that {audience}")
                .WithStandardProblems()
                .ProducesProblem(StatusCodes.Status404NotFound);
            group.MapGet($"/{route}", (string key, IMediator mediator, CancellationToken ct, int? limit, string? cursor) =>
                    Read(new ListMessagesQuery(key, kind, limit, cursor), mediator, ct))
                .WithName(kind == MessageKind.Comment ? "ListComments" : "ListNotes")
                .WithSummary($"The task's {route}, newest first ({audience})")
                .WithStandardProblems()
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }

    private static async Task<Created<ReportDto>> SubmitReport(string key, ReportBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var id = await mediator.Send(
            new SubmitReportCommand(key, body.Period, body.Narrative, body.ProgressPercent, body.Status, body.StatusReason, body.Values, body.IssueId), cancellationToken);
        return TypedResults.Created($"/api/v1/tasks/{key}/reports/{id}", await mediator.Send(new GetReportQuery(key, id), cancellationToken));
    }

    private static Task<Ok<CursorPage<ReportDto>>> ListReports(
        string key,
        IMediator mediator,
        CancellationToken cancellationToken,
        string? jurisdiction = null,
        string? period = null,
        [FromQuery(Name = "all_revisions")] bool allRevisions = false,
        int? limit = null,
        string? cursor = null) =>
        Read(new ListReportsQuery(key, jurisdiction, period, allRevisions, limit, cursor), mediator, cancellationToken);

    private static async Task<Ok<T>> Read<T>(IRequest<T> query, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
