using CrossRegion.Application.Bulletins.GenerateBulletin;
using CrossRegion.Application.Bulletins.GetBulletin;
using CrossRegion.Application.Bulletins.ListBulletins;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>季通报: generated quarterly (and on demand), versioned, as JSON or as a readable page.</summary>
internal sealed class BulletinsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/bulletins").WithTags("Bulletins").RequireAuthorization();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? period) => TypedResults.Ok(await mediator.Send(new ListBulletinsQuery(period), ct)))
            .WithName("ListBulletins")
            .WithSummary("Bulletins, newest period first, every version")
            .WithStandardProblems();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetBulletin")
            .WithSummary("One bulletin: per jurisdiction and department, milestones due / on time / after extension / late / overdue, on-time rate, reports on time, notices issued and signed for, ranking (赛马比拼), overdue items")
            .WithDescription("JSON by default; an HTML page with Accept: text/html or format=html. Headings are bilingual; overdue items are those of tasks you see.")
            .Produces<BulletinDto>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (BulletinRequestBody body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new GenerateBulletinCommand(body.Period), ct);
                return TypedResults.Created($"/api/v1/bulletins/{created.Id}", created);
            })
            .AddEndpointFilter<IdempotencyFilter>()
            .WithName("GenerateBulletin")
            .WithSummary("Joint office: generate the bulletin of a period now (2026-Q3, 2026-11 or 2026); a new version if one exists")
            .WithStandardProblems();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken, string? format = null)
    {
        var bulletin = await mediator.Send(new GetBulletinQuery(id), cancellationToken);
        var html = format == "html" || (format is null && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)));
        return html ? TypedResults.Content(BulletinPage.Render(bulletin), "text/html; charset=utf-8") : TypedResults.Ok(bulletin);
    }
}

internal sealed record BulletinRequestBody(string? Period);
