using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Evaluations.Runs;
using CrossRegion.Application.Evaluations.Schemes;
using CrossRegion.Domain.Evaluation;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>年评估 / 绩效考核: each year's scoring scheme (and, as they come, the evaluation runs scored by it).</summary>
internal sealed class EvaluationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        // A year's scheme lives at /api/v1/evaluation-schemes/{year}: under /evaluations/ it read like a run's id
        // (/evaluations/schemes/{year} against /evaluations/{id}/…). The earlier addresses still answer, undocumented.
        MapSchemes(app.MapGroup("/api/v1/evaluation-schemes").WithTags("Evaluations").RequireAuthorization(), documented: true);
        MapSchemes(app.MapGroup("/api/v1/evaluations/schemes").WithTags("Evaluations").RequireAuthorization().ExcludeFromDescription(), documented: false);
        var group = app.MapGroup("/api/v1/evaluations").WithTags("Evaluations").RequireAuthorization();
        group.MapPost("/", async (EvaluationBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var run = await mediator.Send(new StartEvaluationCommand(body.Year, body.AsOf, body.AppealsUntil), ct);
                return TypedResults.Created($"/api/v1/evaluations/{run.Id}", run);
            })
            .WithIdempotencyKey()
            .WithName("StartEvaluation")
            .WithSummary("Evaluate a year by its scheme (joint office): a draft open to appeals until appeals_until (default ten days on)")
            .WithDescription(
                "year (default this year), as_of (the day the ledger is judged up to: default today, or 31 December once the year is over), " +
                "appeals_until. Scores every city and responsible unit from the same per-party judgement the bulletin uses: each party's part of a " +
                "milestone due in the year, each monthly report owed, each 催办 notice, each joint indicator with a target that year. The year's " +
                "scheme is fixed from now on. 422 evaluation.scheme_missing without one; 409 evaluation.duplicate while a draft of the year exists; " +
                "after a published one this is its correction (version + 1, the bonus and deduction items carried over).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, int? year = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListEvaluationsQuery(year, limit, cursor), ct)))
            .WithName("ListEvaluations")
            .WithSummary("Evaluations, latest first (a year's, with year=), each with its ranking of the cities and units; cursor-paged (limit 1–200, default 50)")
            .WithStandardProblems();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, Application.Common.Interfaces.ICurrentUser caller, CancellationToken ct, string? format = null) =>
            {
                switch (Documents.Representation.Of(format, context.Request.GetTypedHeaders().Accept, Documents.BulletinSheet.XlsxType))
                {
                    case "json":
                        var run = await mediator.Send(new GetEvaluationQuery(id), ct);
                        return TypedResults.Ok(run);
                    case "xlsx":
                        return await Documents.EvaluationSheet.FileAsync(id, mediator, caller, ct);
                    default:
                        throw new BadHttpRequestException(
                            Application.Common.Text.Localized.Text("评估有 JSON 与 XLSX 两种表示（format=json 或 xlsx）。", "An evaluation comes as JSON or XLSX (format=json or xlsx)."),
                            StatusCodes.Status406NotAcceptable);
                }
            })
            .WithName("GetEvaluation")
            .WithSummary("An evaluation: status, the cities' and units' scores by section with bonus, deduction and total, ranked (赛马比拼); as XLSX with the detail you may see")
            .ProducesJsonOrDocument<EvaluationDto>(Documents.BulletinSheet.XlsxType)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/jurisdictions/{code}", (
                Guid id, string code, IMediator mediator, CancellationToken ct, string? section = null, int? limit = null, string? cursor = null) =>
                Breakdown(new GetBreakdownQuery(id, code, null, section, limit, cursor), mediator, ct))
            .WithName("GetEvaluationBreakdown")
            .WithSummary("A city's score item by item: every milestone, report, notice and indicator behind it, its bonus and deduction items, its appeals (its own people; 404 to others)")
            .WithDescription(
                "The score is over all the city's items; the items come a page at a time in the order they were judged (limit 1–200, default 50; " +
                "next_cursor until the last page), a section's only with section=milestones|reports|notices|indicators|asks.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/jurisdictions/{code}/units/{unit}", (
                Guid id, string code, string unit, IMediator mediator, CancellationToken ct, string? section = null, int? limit = null, string? cursor = null) =>
                Breakdown(new GetBreakdownQuery(id, code, unit, section, limit, cursor), mediator, ct))
            .WithName("GetEvaluationUnitBreakdown")
            .WithSummary("A responsible unit's score item by item (the items of its party on each task)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/adjustments", (Guid id, AdjustmentBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
                Breakdown(new AdjustEvaluationCommand(id, body.Jurisdiction, body.Points, body.Reason, body.Evidence, ETags.Parse(context.Request.Headers.IfMatch)), mediator, ct))
            .WithIdempotencyKey()
            .WithName("AdjustEvaluation")
            .WithSummary("加分 / 扣分 for a city with its reason and evidence (joint office, draft; held to the scheme's caps)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/appeals", (Guid id, AppealBody body, IMediator mediator, CancellationToken ct) =>
                Breakdown(new AppealItemCommand(id, body.ItemId, body.Reason), mediator, ct))
            .WithIdempotencyKey()
            .WithName("AppealEvaluationItem")
            .WithSummary("申诉: a city's coordinator contests an item of the city's detail with a reason, until appeals_until (Beijing time)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/appeals/{appealId:guid}/answer", (Guid id, Guid appealId, AnswerBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
                Breakdown(new AnswerAppealCommand(id, appealId, body.Upheld, body.Outcome, body.Reason, ETags.Parse(context.Request.Headers.IfMatch)), mediator, ct))
            .WithName("AnswerEvaluationAppeal")
            .WithSummary("The joint office answers an appeal: upheld with the item's new outcome, or rejected; with the reason")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/publish", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var run = await mediator.Send(new PublishEvaluationCommand(id, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                return TypedResults.Ok(run);
            })
            .WithName("PublishEvaluation")
            .WithSummary("Publish a draft once appeals have closed and each is answered: final and read-only (a correction is a new version)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static void MapSchemes(RouteGroupBuilder schemes, bool documented)
    {
        schemes.MapGet(string.Empty, async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListSchemesQuery(), ct)))
            .WithName(documented ? "ListEvaluationSchemes" : "ListEvaluationSchemesAtEarlierAddress")
            .WithSummary("Every year's scoring scheme, latest first")
            .WithStandardProblems();
        schemes.MapGet("/{year:int}", async (int year, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var scheme = await mediator.Send(new GetSchemeQuery(year), ct);
                return TypedResults.Ok(scheme);
            })
            .WithName(documented ? "GetEvaluationScheme" : "GetEvaluationSchemeAtEarlierAddress")
            .WithSummary("A year's scoring scheme: sections' weights, points per outcome, list weights, bonus and deduction caps (ETag: its revision)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        schemes.MapPut("/{year:int}", async (int year, SchemeRules rules, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var scheme = await mediator.Send(new PutSchemeCommand(year, rules, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                return TypedResults.Ok(scheme);
            })
            .WithName(documented ? "PutEvaluationScheme" : "PutEvaluationSchemeAtEarlierAddress")
            .WithSummary("Write or revise a year's scoring scheme (joint office; If-Match to revise; fixed once an evaluation used it)")
            .WithDescription(
                "Sections milestones (points for on_time, after_extension, late, overdue), reports (on_time, late, missing), notices (signed, " +
                "unsigned) and indicators (met, not_met, not_reported), optionally asks (won, refused, awaiting, unanswered), each with a weight; the weights add up to 100, the best outcome earns " +
                "positive points (the full mark), negative points only with allow_negative. list_weights multiply a list type's items " +
                "(joint_key_task, major_project …; 1 when absent). bonus_cap and deduction_cap bound the joint office's bonus and " +
                "deduction items. Every problem is named by its field (rules.milestones.points.late …); 422 scheme.used once a run used it.")
            .WithStandardProblems()
            .WithIfMatch(required: false)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<BreakdownDto>> Breakdown(IRequest<BreakdownDto> request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(request, ct));
}

/// <summary>Body of POST /evaluations: the year, the day the ledger is judged up to, the last day of appeals.</summary>
[CommandRules(typeof(StartEvaluationCommand))]
internal sealed record EvaluationBody(int? Year, DateOnly? AsOf, DateOnly? AppealsUntil);

/// <summary>Body of POST …/adjustments: the city, points (+ bonus, − deduction), reason and evidence.</summary>
[CommandRules(typeof(AdjustEvaluationCommand))]
internal sealed record AdjustmentBody(string? Jurisdiction, decimal? Points, string? Reason, string? Evidence);

/// <summary>Body of POST …/appeals: the item contested and why.</summary>
[CommandRules(typeof(AppealItemCommand))]
internal sealed record AppealBody(Guid? ItemId, string? Reason);

/// <summary>Body of POST …/appeals/{id}/answer: upheld or not, the item's new outcome when upheld, the reason.</summary>
[CommandRules(typeof(AnswerAppealCommand))]
internal sealed record AnswerBody(bool? Upheld, string? Outcome, string? Reason);
