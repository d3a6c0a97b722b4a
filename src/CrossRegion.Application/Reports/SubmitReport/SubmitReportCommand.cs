using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Reports.SubmitReport;

/// <summary>
/// 月调度: the caller's party reports on its share of a task for one month. A second report for the same month is a
/// new revision; the earlier one stays readable. Answers the new report's id. A blocked report may name the issue
/// (问题协调) behind it: an issue of the task not yet closed or withdrawn.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator)]
public sealed record SubmitReportCommand(
    string Key,
    string? Period,
    string? Narrative,
    decimal? ProgressPercent,
    string? Status,
    string? StatusReason,
    IReadOnlyList<ReportValueInput>? Values,
    Guid? IssueId = null) : IRequest<Guid>;
