using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.ListTasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ExportLedger;

/// <summary>
/// Pages through the list itself (the same filters, visibility and lights, so the sheet is the ledger the person sees)
/// and reads each page's annex columns in one query: never one query per task.
/// </summary>
public sealed class ExportLedgerQueryHandler(IMediator mediator, IAppDbContext db, TimeProvider time) : IRequestHandler<ExportLedgerQuery, LedgerSheetDto>
{
    private const int PageSize = Cursor.MaxLimit;

    public async Task<LedgerSheetDto> Handle(ExportLedgerQuery request, CancellationToken cancellationToken)
    {
        var year = request.Filters.Year ?? ShanghaiClock.Today(time).Year;
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameZh, cancellationToken);
        var units = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.NameZh, cancellationToken);
        var rows = new List<LedgerSheetRow>();
        string? cursor = null;
        do
        {
            var page = await mediator.Send(request.Filters with { Limit = PageSize, Cursor = cursor }, cancellationToken);
            var keys = page.Items.Select(t => t.Key).ToList();
            var details = await db.Tasks.AsNoTracking()
                .Where(t => keys.Contains(t.Key))
                .Select(t => new
                {
                    t.Key,
                    t.MainContent,
                    t.Remarks,
                    Targets = t.Targets.Where(x => x.Year == year).Select(x => x.Text).ToList(),
                    Parties = t.Parties.OrderBy(p => p.JurisdictionCode).Select(p => p.Departments.Select(d => d.DepartmentId).ToList()).ToList(),
                })
                .AsSplitQuery()
                .ToDictionaryAsync(t => t.Key, cancellationToken);
            rows.AddRange(page.Items.Select(t =>
            {
                var detail = details[t.Key];
                return new LedgerSheetRow(
                    t.Key, t.TitleZh, t.TitleEn, categories.GetValueOrDefault(t.Category, t.Category), t.PeriodText, detail.MainContent, detail.Targets,
                    detail.Parties.Where(p => p.Count > 0).Select(p => (IReadOnlyList<string>)p.Select(id => units.GetValueOrDefault(id, "?")).ToList()).ToList(),
                    detail.Remarks, t.Light, t.NextDueDate, t.Overdue);
            }));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return new LedgerSheetDto(year, rows);
    }
}
