using System.Linq.Expressions;
using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Reports.Common;

internal static class ReportProjection
{
    public static Expression<Func<ProgressReport, ReportDto>> Dto(IQueryable<ProgressReport> reports) => r => new ReportDto(
        r.Id,
        r.JurisdictionCode,
        r.Period,
        r.Revision,
        !reports.Any(o => o.TaskId == r.TaskId && o.JurisdictionCode == r.JurisdictionCode && o.Period == r.Period && o.Revision > r.Revision),
        r.IsCurrent,
        r.Narrative,
        r.ProgressPercent,
        r.Status,
        r.StatusReason,
        r.SubmittedBy,
        r.SubmittedAt,
        r.Values.OrderBy(v => v.Id).Select(v => new ReportValueDto(v.MeasureId, v.Value, v.Unit, v.NormalisedValue, v.NormalisedUnit)).ToList(),
        r.IssueId);
}
