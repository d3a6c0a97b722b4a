namespace CrossRegion.Domain.Reporting;

/// <summary>What a party says in a monthly report.</summary>
public sealed record ReportContent(
    string Period,
    string Narrative,
    decimal? ProgressPercent,
    ReportStatus Status,
    string? StatusReason,
    IReadOnlyList<ReportValueSpec> Values);
