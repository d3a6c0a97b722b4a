namespace CrossRegion.Application.Bulletins.Common;

/// <summary>
/// Milestones whose baseline falls in the period, by outcome as of the bulletin's day; monthly reports owed for its
/// months (on time = first submission by the due day); 催办 notices issued in it and how many were signed for.
/// </summary>
public sealed record Score(
    int MilestonesDue,
    int OnTime,
    int AfterExtension,
    int Late,
    int Overdue,
    int Open,
    decimal? OnTimeRate,
    int ReportsDue,
    int ReportsOnTime,
    int ReportsLate,
    int ReportsMissing,
    int NoticesIssued,
    int NoticesAcknowledged);
