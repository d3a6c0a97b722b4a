using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Reports.Common;
using MediatR;

namespace CrossRegion.Application.Reports.ListReports;

/// <summary>
/// A task's monthly reports, newest first, readable by every party and the joint office. By default only the latest
/// revision of each party's month; <see cref="AllRevisions"/> lists the superseded ones too.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListReportsQuery(
    string Key, string? Jurisdiction = null, string? Period = null, bool AllRevisions = false, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<ReportDto>>;
