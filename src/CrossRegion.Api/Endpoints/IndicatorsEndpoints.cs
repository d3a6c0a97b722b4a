using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Indicators.GetIndicator;
using CrossRegion.Application.Indicators.ListIndicators;
using CrossRegion.Application.Indicators.ReportActual;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>指标: the indicator tables the programmes are steered by, with their targets per year and the actuals reported.</summary>
internal sealed class IndicatorsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/indicators").WithTags("Indicators").RequireAuthorization();
        group.MapGet("/", async (
                IMediator mediator, CancellationToken cancellationToken,
                string? programme = null, int? year = null, string? jurisdiction = null, string? attribute = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListIndicatorsQuery(programme, year, jurisdiction, attribute, limit, cursor), cancellationToken)))
            .WithName("ListIndicators")
            .WithSummary("Indicators you see, one item per indicator: unit, attribute (binding 约束性 / expected 预期性), owners, each year's target as printed with its kind, the year's attainment and light, and the actuals reported")
            .WithDescription(
                "Filters: programme, year (indicators with a target that year), jurisdiction (owned by that city), attribute (binding or expected); " +
                "cursor-paged in code order (limit 1–200, default 50). A city sees the indicators it owns, and only its own actuals; the joint office " +
                "and observers see all but a city's unshared programme. attainment is not_reported while the figure is not in (市级暂未反馈); a year's " +
                "light follows the milestone rule against due_on (the end of January after the year).")
            .WithStandardProblems();
        group.MapGet("/{code}", async (string code, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetIndicatorQuery(code), cancellationToken)))
            .WithName("GetIndicator")
            .WithSummary("One indicator as you see it (404 for one you do not see)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{code}/actuals/{period}", ReportActual)
            .WithIdempotencyKey()
            .WithName("ReportIndicatorActual")
            .WithSummary("Report an indicator's actual for a period (a coordinator of an owning city, or a system with ledger.write for it)")
            .WithDescription(
                "period: yyyy (the year's figure, judged against the year's target), yyyy-Qn for a quarterly or monthly indicator, yyyy-MM for a " +
                "monthly one; begun in Beijing time. Send value (the figure) and/or text (the words: \"稳定保持II类\", \"完成上级下达任务\"), met " +
                "for a target set from above or a state, or pending=true with the reason in text (市级暂未反馈). jurisdiction defaults to your " +
                "city; for a sum of the cities each city reports its own part. 201 for the first report, 200 for a revision, which needs If-Match " +
                "with the actual's revision (ETag) — 428 without, 412 when another came first.")
            .WithSignOffProblems()
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<Results<Created<ReportedActualDto>, Ok<ReportedActualDto>>> ReportActual(
        string code, string period, IndicatorActualBody body, IMediator mediator, HttpContext context, CancellationToken cancellationToken)
    {
        var reported = await mediator.Send(
            new ReportActualCommand(code, period, body.Jurisdiction, body.Value, body.Text, body.Pending ?? false, body.Met, ETags.Parse(context.Request.Headers.IfMatch)),
            cancellationToken);
        context.Response.Headers.ETag = ETags.Format(reported.Actual.Revision);
        return reported.Created
            ? TypedResults.Created($"/api/v1/indicators/{code}", reported)
            : TypedResults.Ok(reported);
    }
}

/// <summary>Body of PUT …/actuals/{period}: the city (defaults to yours), the figure and/or its words, met, pending.</summary>
[CommandRules(typeof(ReportActualCommand))]
internal sealed record IndicatorActualBody(string? Jurisdiction, decimal? Value, string? Text, bool? Pending, bool? Met);
