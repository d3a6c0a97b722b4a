namespace CrossRegion.Application.Bulletins;

/// <summary>
/// The evaluation basis of a period: per jurisdiction and per department, ranked, with the overdue items; and the
/// audit chain's sealed head when it was made, published with it so the head is known outside the database (ADR 0008).
/// </summary>
public sealed record BulletinContent(
    string Period,
    DateOnly From,
    DateOnly Through,
    DateOnly AsOf,
    IReadOnlyList<JurisdictionScore> Jurisdictions,
    IReadOnlyList<DepartmentScore> Departments,
    IReadOnlyList<OverdueItem> OverdueItems,
    Audit.VerifyAuditChain.AuditCheckpointDto? AuditCheckpoint = null);

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

public sealed record JurisdictionScore(int Rank, string Code, string NameZh, string NameEn, Score Score);

public sealed record DepartmentScore(int Rank, string Code, string Jurisdiction, string NameZh, string NameEn, Score Score);

public sealed record OverdueItem(
    string TaskKey, string TaskTitleZh, string TaskTitleEn, Guid MilestoneId, string Milestone, string Jurisdiction,
    IReadOnlyList<string> Departments, DateOnly DueDate, int DaysOverdue);
