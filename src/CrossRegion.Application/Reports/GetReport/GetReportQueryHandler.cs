using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Reports.Common;
using CrossRegion.Application.Tasks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Reports.GetReport;

public sealed class GetReportQueryHandler(IAppDbContext db) : IRequestHandler<GetReportQuery, ReportDto>
{
    public async Task<ReportDto> Handle(GetReportQuery request, CancellationToken cancellationToken)
    {
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        var reports = db.ProgressReports.AsNoTracking();
        return await reports.Where(r => r.TaskId == taskId && r.Id == request.Id).Select(ReportProjection.Dto(reports)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("report", request.Id.ToString());
    }
}
