using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Reports.Common;
using MediatR;

namespace CrossRegion.Application.Reports.GetReport;

/// <summary>One report, any revision: superseded revisions stay readable.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetReportQuery(string Key, Guid Id) : IRequest<ReportDto>;
