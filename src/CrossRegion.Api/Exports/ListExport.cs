using CrossRegion.Api.Endpoints;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.ExportList;
using MediatR;

namespace CrossRegion.Api.Exports;

/// <summary>
/// A yearly list in its printed layout (its type's columns), for the API and the console alike: format=csv or xlsx, or by
/// Accept, as the ledger export. The CSV goes back through POST /api/v1/imports/tasks with list_type and year.
/// </summary>
internal static class ListExport
{
    public static async Task<IResult> AnswerAsync(
        IMediator mediator, HttpRequest request, string programme, int year, string code, string? format, string? q, CancellationToken cancellationToken)
    {
        var kind = LedgerExport.Kind(format, request.GetTypedHeaders().Accept) ?? throw new BadHttpRequestException(
            Localized.Text("导出格式只有 csv 与 xlsx（format=csv 或 format=xlsx）。", "The export comes as csv or xlsx (format=csv or format=xlsx)."),
            StatusCodes.Status406NotAcceptable);
        var sheet = await mediator.Send(new ExportListQuery(programme, year, code, LedgerFilters.Fields(request), q), cancellationToken);
        var name = $"{programme}-{year}-{code}";
        var (header, rows) = sheet.WithEnglishNames();
        if (kind == "xlsx")
        {
            using var output = new MemoryStream();
            var widths = header.Select(h => h.Length <= 4 ? 8d : h.Length <= 8 ? 24d : 40d).ToList();
            XlsxWriter.Write(output, sheet.Title, header, rows, widths);
            return Results.File(output.ToArray(), LedgerSheet.XlsxType, name + ".xlsx");
        }

        return Results.File(LedgerSheet.Csv(header, rows), LedgerSheet.CsvType + "; charset=utf-8", name + ".csv");
    }
}
