using CrossRegion.Application.Indicators.ListIndicators;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>指标: the indicator tables the programmes are steered by, with their targets per year and the actuals reported.</summary>
internal sealed class IndicatorsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/indicators", async (
                IMediator mediator, CancellationToken cancellationToken,
                string? programme = null, int? year = null, string? jurisdiction = null, string? attribute = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListIndicatorsQuery(programme, year, jurisdiction, attribute, limit, cursor), cancellationToken)))
            .RequireAuthorization()
            .WithTags("Indicators")
            .WithName("ListIndicators")
            .WithSummary("Indicators you see, one item per indicator: unit, attribute (binding 约束性 / expected 预期性), owners, each year's target as printed with its kind and the year's attainment, and the actuals reported")
            .WithDescription(
                "Filters: programme, year (indicators with a target that year), jurisdiction (owned by that city), attribute (binding or expected); " +
                "cursor-paged in code order (limit 1–200, default 50). A city sees the indicators it owns, and only its own actuals; the joint office " +
                "and observers see all but a city's unshared programme. attainment is not_reported while the figure is not in (市级暂未反馈).")
            .WithStandardProblems();
    }
}
