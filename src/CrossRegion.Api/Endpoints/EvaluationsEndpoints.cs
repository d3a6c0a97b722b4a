using CrossRegion.Application.Evaluations.Schemes;
using CrossRegion.Domain.Evaluation;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>年评估 / 绩效考核: each year's scoring scheme (and, as they come, the evaluation runs scored by it).</summary>
internal sealed class EvaluationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/evaluations").WithTags("Evaluations").RequireAuthorization();
        group.MapGet("/schemes", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListSchemesQuery(), ct)))
            .WithName("ListEvaluationSchemes")
            .WithSummary("Every year's scoring scheme, latest first")
            .WithStandardProblems();
        group.MapGet("/schemes/{year:int}", async (int year, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var scheme = await mediator.Send(new GetSchemeQuery(year), ct);
                context.Response.Headers.ETag = ETags.Format(scheme.Revision);
                return TypedResults.Ok(scheme);
            })
            .WithName("GetEvaluationScheme")
            .WithSummary("A year's scoring scheme: sections' weights, points per outcome, list weights, bonus and deduction caps (ETag: its revision)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/schemes/{year:int}", async (int year, SchemeRules rules, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var scheme = await mediator.Send(new PutSchemeCommand(year, rules, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                context.Response.Headers.ETag = ETags.Format(scheme.Revision);
                return TypedResults.Ok(scheme);
            })
            .WithName("PutEvaluationScheme")
            .WithSummary("Write or revise a year's scoring scheme (joint office; If-Match to revise; fixed once an evaluation used it)")
            .WithDescription(
                "Sections milestones (points for on_time, after_extension, late, overdue), reports (on_time, late, missing), notices (signed, " +
                "unsigned) and indicators (met, not_met, not_reported), each with a weight; the weights add up to 100, the best outcome earns " +
                "positive points (the full mark), negative points only with allow_negative. list_weights multiply a list type's items " +
                "(\"joint\" for the joint programmes' tasks; 1 when absent). bonus_cap and deduction_cap bound the joint office's bonus and " +
                "deduction items. Every problem is named by its field (rules.milestones.points.late …); 422 scheme.used once a run used it.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
