namespace CrossRegion.Application.Bulletins.Common;

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
    Audit.VerifyAuditChain.AuditCheckpointDto? AuditCheckpoint = null,
    IReadOnlyList<AskTally>? Asks = null,
    IReadOnlyList<TaskForceTally>? TaskForces = null,
    IReadOnlyList<FactorTally>? Factors = null);

/// <summary>
/// A city's asks to higher levels (争取事项) in the period: submitted in it, won (included / approved) or refused in it,
/// and those still awaiting an answer as of the bulletin's day, of which overdue past their follow-up day. A joint ask
/// counts for each submitting city. Absent from bulletins made before asks were counted.
/// </summary>
public sealed record AskTally(string Code, string NameZh, string NameEn, int Submitted, int Won, int Refused, int Awaiting, int Overdue);

/// <summary>
/// A task force's (专班) tasks in the bulletin's picture and their milestone parts due (by baseline) in the period: done
/// on time (or within an approved extension), late, overdue. Counts only, like the scores: every reader sees them.
/// Absent from bulletins made before task forces were counted.
/// </summary>
public sealed record TaskForceTally(string Code, string Programme, string NameZh, string NameEn, int Tasks, int Due, int OnTime, int Late, int Overdue);

/// <summary>
/// A city's 要素 requests (要素保障: land quota, energy, funds, environmental capacity — issues naming a factor) on tasks
/// of the picture: raised in the period, answered in it with all, part or none granted, and those still awaiting an
/// answer as of the bulletin's day, of which past their reply-by day. Counts only, like the asks. Absent from bulletins
/// made before factor requests were counted.
/// </summary>
public sealed record FactorTally(string Code, string NameZh, string NameEn, int Requested, int Granted, int PartlyGranted, int Refused, int Awaiting, int Overdue);
