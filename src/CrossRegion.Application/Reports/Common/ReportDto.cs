using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Reports.Common;

/// <param name="Latest">This is the newest revision of the party's report for the month.</param>
/// <param name="Current">This is the party's latest word on the task (newest revision of its latest month).</param>
public sealed record ReportDto(
    Guid Id,
    string Jurisdiction,
    string Period,
    int Revision,
    bool Latest,
    bool Current,
    string Narrative,
    decimal? ProgressPercent,
    ReportStatus Status,
    string? StatusReason,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<ReportValueDto> Values,
    Guid? IssueId = null);
