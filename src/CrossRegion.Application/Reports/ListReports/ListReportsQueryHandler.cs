using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Reports.Common;
using CrossRegion.Application.Tasks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Reports.ListReports;

public sealed class ListReportsQueryHandler(IAppDbContext db) : IRequestHandler<ListReportsQuery, CursorPage<ReportDto>>
{
    public async Task<CursorPage<ReportDto>> Handle(ListReportsQuery request, CancellationToken cancellationToken)
    {
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        var reports = db.ProgressReports.AsNoTracking();
        var query = reports.Where(r => r.TaskId == taskId);
        if (request.Jurisdiction is not null)
        {
            query = query.Where(r => r.JurisdictionCode == request.Jurisdiction);
        }

        if (request.Period is not null)
        {
            query = query.Where(r => r.Period == request.Period);
        }

        if (!request.AllRevisions)
        {
            query = query.Where(r => !reports.Any(o =>
                o.TaskId == r.TaskId && o.JurisdictionCode == r.JurisdictionCode && o.Period == r.Period && o.Revision > r.Revision));
        }

        // Ids are time-ordered (UUIDv7), so newest first is descending id, and the cursor is the last id shown.
        if (Cursor.TryDecode(request.Cursor, out var text) && Guid.TryParse(text, out var after))
        {
            query = query.Where(r => r.Id.CompareTo(after) < 0);
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var rows = await query.OrderByDescending(r => r.Id).Take(limit + 1).Select(ReportProjection.Dto(reports)).ToListAsync(cancellationToken);
        return CursorPage.Of(rows, limit, r => r.Id.ToString());
    }
}
