using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Notifications.GetNotice;
using MediatR;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Documents;

/// <summary>
/// GET /api/v1/notices/{id} in the representation asked for: JSON, or the 催办单 as a PDF for systems that archive it
/// (<c>Accept: application/pdf</c> or <c>format=pdf</c>); the console's download (/notices/{id}/pdf, with the cookie)
/// answers the same PDF. Visibility is the JSON's: the same use case reads the notice.
/// </summary>
internal static class NoticeDocument
{
    public static async Task<IResult> AnswerAsync(long id, string? format, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        Representation.Of(format, request.GetTypedHeaders().Accept, NoticeSheet.PdfType) switch
        {
            "json" => TypedResults.Ok(await mediator.Send(new GetNoticeQuery(id), cancellationToken)),
            "pdf" => await PdfAsync(id, mediator, cancellationToken),
            _ => throw new BadHttpRequestException(
                Localized.Text("催办单只有 JSON 与 PDF 两种表示（format=json 或 format=pdf）。", "A notice comes as JSON or PDF (format=json or format=pdf)."),
                StatusCodes.Status406NotAcceptable),
        };

    public static async Task<IResult> PdfAsync(long id, IMediator mediator, CancellationToken cancellationToken)
    {
        var sheet = await NoticeSheet.LoadAsync(mediator, id, cancellationToken);
        return Results.File(NoticePdf.Render(sheet), NoticeSheet.PdfType, sheet.FileName);
    }
}

/// <summary>Which representation a request asks for: format= first, else the Accept header (JSON unless only the document type is named).</summary>
internal static class Representation
{
    public static string? Of(string? format, IList<MediaTypeHeaderValue> accept, params string[] documentTypes)
    {
        if (format is not null)
        {
            var asked = format.ToLowerInvariant();
            return asked == "json" || documentTypes.Any(t => Short(t) == asked) ? asked : null;
        }

        // The most preferred type this service has: a document named outright wins over a wildcard of the same weight.
        foreach (var wanted in accept.OrderByDescending(a => a.Quality ?? 1).ThenBy(a => a.MediaType.Value?.Contains('*') == true))
        {
            if (wanted.Quality == 0)
            {
                continue;
            }

            if (documentTypes.FirstOrDefault(t => wanted.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase)) is { } type)
            {
                return Short(type);
            }

            if (wanted.MediaType.Value is "application/json" or "application/problem+json" or "*/*" or "application/*")
            {
                return "json";
            }
        }

        return accept.Count == 0 ? "json" : null;
    }

    private static string Short(string mediaType) => mediaType switch
    {
        "application/pdf" => "pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "text/html" => "html",
        _ => mediaType,
    };
}
