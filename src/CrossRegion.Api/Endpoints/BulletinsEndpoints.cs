using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Bulletins.GenerateBulletin;
using CrossRegion.Application.Bulletins.GetBulletin;
using CrossRegion.Application.Bulletins.ListBulletins;
using CrossRegion.Application.Common.Text;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>季通报: generated quarterly (and on demand), versioned, as JSON or as a readable page.</summary>
internal sealed class BulletinsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/bulletins").WithTags("Bulletins").RequireAuthorization();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? period, string? scope) =>
                TypedResults.Ok(await mediator.Send(new ListBulletinsQuery(period, scope), ct)))
            .WithName("ListBulletins")
            .WithSummary("Bulletins, newest period first, every version")
            .WithDescription(
                "The joint bulletins, and your city's own (scope is its code) if you act for one city. scope=joint lists the joint " +
                "bulletins only, scope={city} that city's only.")
            .WithStandardProblems();
        group.MapGet("/{id:guid}", Get)
            .WithName("GetBulletin")
            .WithSummary("One bulletin: per jurisdiction and department, milestones due / on time / after extension / late / overdue, on-time rate, reports on time, notices issued and signed for, ranking (赛马比拼), overdue items")
            .WithDescription(
                "JSON by default. The same bulletin as a document, by Accept or format=: an HTML page (text/html, format=html), the printable " +
                "PDF on A4 landscape (application/pdf, format=pdf; always in Chinese, generation time in Beijing time) or a workbook " +
                "(application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, format=xlsx). Overdue items, and the overdue count by " +
                "programme, are those of tasks you see. Any other format is a 406.")
            .ProducesJsonOrDocument<BulletinDto>("text/html", Documents.BulletinSheet.PdfType, Documents.BulletinSheet.XlsxType)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        group.MapPost("/", async (BulletinRequestBody body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new GenerateBulletinCommand(body.Period, body.Scope), ct);
                return TypedResults.Created($"/api/v1/bulletins/{created.Id}", created);
            })
            .WithIdempotencyKey()
            .WithName("GenerateBulletin")
            .WithSummary("Generate the bulletin of a period now (2026-Q3, 2026-11 or 2026); a new version if one exists")
            .WithDescription(
                "scope=joint (the default): the joint bulletin, by the joint office, over the joint programmes and the programmes cities " +
                "share. scope={city}: that city's own bulletin, by its city coordinators: its part in the joint programmes and in its own " +
                "programmes, shared or not, ranked by its units.")
            .WithStandardProblems();
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IMediator mediator, CancellationToken cancellationToken, string? format = null) =>
        Documents.Representation.Of(format, http.Request.GetTypedHeaders().Accept, "text/html", Documents.BulletinSheet.PdfType, Documents.BulletinSheet.XlsxType) switch
        {
            "json" => TypedResults.Ok(await mediator.Send(new GetBulletinQuery(id), cancellationToken)),
            "html" => TypedResults.Content(BulletinPage.Render(await mediator.Send(new GetBulletinQuery(id), cancellationToken)), "text/html; charset=utf-8"),
            { } document => await Documents.BulletinDocument.FileAsync(id, document, mediator, cancellationToken),
            null => throw new BadHttpRequestException(
                Localized.Text("通报有 JSON、HTML、PDF 与 XLSX 四种表示（format=json、html、pdf 或 xlsx）。", "A bulletin comes as JSON, HTML, PDF or XLSX (format=json, html, pdf or xlsx)."),
                StatusCodes.Status406NotAcceptable),
        };
}

[CommandRules(typeof(GenerateBulletinCommand))]
internal sealed record BulletinRequestBody(string? Period, string? Scope = null);
