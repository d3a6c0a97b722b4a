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

        // Newest first by (submission time, id); the cursor is the last (time, id) shown.
        if (TimeCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(r => r.SubmittedAt < after.At || (r.SubmittedAt == after.At && r.Id.CompareTo(after.Id) < 0));
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var rows = await query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(limit + 1).Select(ReportProjection.Dto(reports)).ToListAsync(cancellationToken);
        return CursorPage.Of(rows, limit, r => new TimeCursor(r.SubmittedAt, r.Id));
    }
}
