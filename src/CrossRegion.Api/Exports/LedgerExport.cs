using CrossRegion.Api.Endpoints;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.ExportLedger;
using MediatR;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Exports;

/// <summary>
/// The ledger export, for the API (bearer) and the console (cookie) alike: format=csv or xlsx, or by Accept when format
/// is absent (CSV unless the client asks for XLSX only); anything else is a 406.
/// </summary>
internal static class LedgerExport
{
    public static async Task<IResult> AnswerAsync(
        IMediator mediator, HttpRequest request, [AsParameters] LedgerFilters filters, string? format, CancellationToken cancellationToken)
    {
        var kind = Kind(format, request.GetTypedHeaders().Accept) ?? throw new BadHttpRequestException(
            Localized.Text("导出格式只有 csv 与 xlsx（format=csv 或 format=xlsx）。", "The export comes as csv or xlsx (format=csv or format=xlsx)."),
            StatusCodes.Status406NotAcceptable);

        var sheet = await mediator.Send(new ExportLedgerQuery(filters.ToQuery(null, null, LedgerFilters.Fields(request))), cancellationToken);
        return kind == "xlsx"
            ? Results.File(LedgerSheet.Xlsx(sheet), LedgerSheet.XlsxType, LedgerSheet.FileName("xlsx"))
            : Results.File(LedgerSheet.Csv(sheet), LedgerSheet.CsvType + "; charset=utf-8", LedgerSheet.FileName("csv"));
    }

    public static string? Kind(string? format, IList<MediaTypeHeaderValue> accept)
    {
        if (format is not null)
        {
            return format.ToLowerInvariant() is "csv" or "xlsx" ? format.ToLowerInvariant() : null;
        }

        if (accept.Count == 0 || accept.Any(a => a.MediaType.Equals(LedgerSheet.CsvType, StringComparison.OrdinalIgnoreCase) || a.MediaType.Value is "*/*" or "text/*"))
        {
            return "csv";
        }

        return accept.Any(a => a.MediaType.Equals(LedgerSheet.XlsxType, StringComparison.OrdinalIgnoreCase) || a.MediaType.Value == "application/*") ? "xlsx" : null;
    }
}
