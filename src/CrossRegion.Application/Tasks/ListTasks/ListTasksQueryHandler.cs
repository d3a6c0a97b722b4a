using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed class ListTasksQueryHandler(IAppDbContext db, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights)
    : IRequestHandler<ListTasksQuery, CursorPage<TaskSummaryDto>>
{
    public async Task<CursorPage<TaskSummaryDto>> Handle(ListTasksQuery request, CancellationToken cancellationToken)
    {
        var window = LightWindow.Of(time, calendar, lights);
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var query = TaskFilters.Apply(db.Tasks.AsNoTracking(), request, window, db.ProgressReports.AsNoTracking());
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.IsCurrent);
        if (Cursor.TryDecode(request.Cursor, out var after))
        {
            // Translated by EF to `key > @after`; the key column uses ordinal (C / BINARY) collation on every provider.
#pragma warning disable CA1309
            query = query.Where(t => string.Compare(t.Key, after) > 0);
#pragma warning restore CA1309
        }

        // The page first (one row per task), then the parties of just those tasks: joining parties into the page
        // would multiply the rows, and the per-task subqueries with them.
        var rows = await query
            .OrderBy(t => t.Key)
            .Take(limit + 1)
            .Select(t => new TaskRow(
                t.Id,
                t.Key,
                t.TitleZh,
                t.TitleEn,
                t.ListType,
                t.ProgrammeCode,
                t.CategoryCode,
                t.Status,
                t.PeriodText,
                t.StartYear,
                t.EndYear,
                t.Parent != null ? t.Parent.Key : null,
                t.NextDueDate,

                // Only a task without open milestones needs to know whether it has any (done or not started).
                t.NextDueDate == null && t.Milestones.Any(),
                reports.Any(r => r.TaskId == t.Id && r.Status == ReportStatus.Blocked),
                reports.Any(r => r.TaskId == t.Id && r.Status == ReportStatus.AtRisk)))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var parties = (await db.Tasks.AsNoTracking()
                .Where(t => ids.Contains(t.Id))
                .SelectMany(t => t.Parties)
                .Select(p => new { p.TaskId, p.JurisdictionCode, p.Role })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.TaskId, p => new TaskPartySummaryDto(p.JurisdictionCode, p.Role));

        var hasMore = rows.Count > limit;
        var items = rows.Take(limit)
            .Select(r => r.ToDto(parties[r.Id].OrderBy(p => p.Jurisdiction, StringComparer.Ordinal).ToList(), window))
            .ToList();
        return new CursorPage<TaskSummaryDto>(items, hasMore ? Cursor.Encode(items[^1].Key) : null);
    }
}
