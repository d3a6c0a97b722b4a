namespace CrossRegion.Domain.Reporting;

/// <summary>What a party says in a monthly report.</summary>
/// <param name="IssueId">For a blocked report: the issue (问题协调) behind it, checked by the caller to be an unsettled issue of the task.</param>
public sealed record ReportContent(
    string Period,
    string Narrative,
    decimal? ProgressPercent,
    ReportStatus Status,
    string? StatusReason,
    IReadOnlyList<ReportValueSpec> Values,
    Guid? IssueId = null);
