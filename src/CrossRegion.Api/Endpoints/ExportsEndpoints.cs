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
    }

    private static async Task<IResult> ExportTasks(IMediator mediator, [AsParameters] LedgerFilters filters, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("\uFEFF").Append(CsvCells.Line(Header));
        string? cursor = null;
        do
        {
            var page = await mediator.Send(filters.ToQuery(PageSize, cursor), cancellationToken);
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
        t.Key, t.TitleZh, t.TitleEn, EnumText.ToText(t.ListType), t.Programme, t.Category, EnumText.ToText(t.Status), t.PeriodText,
        string.Join(" ", t.Parties.Select(p => $"{p.Jurisdiction}:{EnumText.ToText(p.Role)}")),
        t.NextDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Overdue ? "yes" : "no", EnumText.ToText(t.Light),
    ];
}
