using System.Globalization;
using System.Text;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.ListTasks;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>The ledger as a CSV a spreadsheet opens (UTF-8 with BOM), through the same query and visibility as the list.</summary>
internal sealed class ExportsEndpoints : IEndpointGroup
{
    private const int PageSize = 200;

    private static readonly string[] Header =
        ["编号 Key", "名称", "Title", "清单 List", "规划 Programme", "领域 Category", "状态 Status", "时限 Period", "参与方 Parties", "下一节点 Next due", "逾期 Overdue", "状态灯 Light"];

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/exports/tasks", ExportTasks)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithName("ExportTasks")
            .WithSummary("The ledger the caller may see as CSV (the filters of GET /api/v1/tasks); cells that a spreadsheet would run as formulas are neutralised")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithStandardProblems();

        app.MapGet("/api/v1/exports/ledger", Exports.LedgerExport.AnswerAsync)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithName("ExportLedger")
            .WithSummary("The ledger the caller may see in the annex's layout (序号, 项目名称, 建设时限, 主要内容, 年度目标任务, 责任单位, 备注, and the ledger's key, light and next due), as CSV or XLSX")
            .WithDescription(
                "The filters of GET /api/v1/tasks. format=csv or format=xlsx, or Accept: text/csv / application/vnd.openxmlformats-officedocument.spreadsheetml.sheet " +
                "(CSV when neither says otherwise; another format is a 406). The target column is the year filter's, else this year's. The CSV goes back " +
                "through POST /api/v1/imports/tasks (with key_prefix): cells a spreadsheet would run as formulas are written with a leading apostrophe, which the import takes off.")
            .Produces<byte[]>(StatusCodes.Status200OK, Exports.LedgerSheet.CsvType, Exports.LedgerSheet.XlsxType)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        app.MapGet("/api/v1/exports/lists/{programme}/{year:int}/{code}", Exports.ListExport.AnswerAsync)
            .RequireAuthorization()
            .WithTags("Exports")
            .WithName("ExportList")
            .WithSummary("A yearly list (清单) in its printed layout: its type's columns in order, heading rows for its groups, child rows as 4-1, as CSV or XLSX")
            .WithDescription("field.{key} / field.{key}.gte / field.{key}.lte and q filter it as on GET /api/v1/tasks; only the items the caller sees. " +
                "The CSV goes back through POST /api/v1/imports/tasks with programme, list_type, year and a key_prefix.")
            .Produces<byte[]>(StatusCodes.Status200OK, Exports.LedgerSheet.CsvType, Exports.LedgerSheet.XlsxType)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
    }

    private static async Task<IResult> ExportTasks(IMediator mediator, HttpRequest request, [AsParameters] LedgerFilters filters, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("\uFEFF").Append(CsvCells.Line(Header));
        string? cursor = null;
        do
        {
            var page = await mediator.Send(filters.ToQuery(PageSize, cursor, LedgerFilters.Fields(request)), cancellationToken);
            foreach (var task in page.Items)
            {
                csv.Append(CsvCells.Line(Row(task)));
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "crossregion-tasks.csv");
    }

    private static string?[] Row(TaskSummaryDto t) =>
    [
        t.Key, t.TitleZh, t.TitleEn, t.ListType, t.Programme, t.Category, EnumText.ToText(t.Status), t.PeriodText,
        string.Join(" ", t.Parties.Select(p => $"{p.Jurisdiction}:{EnumText.ToText(p.Role)}")),
        t.NextDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Overdue ? "yes" : "no", EnumText.ToText(t.Light),
    ];
}
