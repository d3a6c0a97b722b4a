using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Reports.SubmitReport;

namespace CrossRegion.Api.Endpoints;

[CommandRules(typeof(SubmitReportCommand))]
public sealed record ReportBody(
    string? Period, string? Narrative, decimal? ProgressPercent, string? Status, string? StatusReason, IReadOnlyList<ReportValueInput>? Values, Guid? IssueId = null);
