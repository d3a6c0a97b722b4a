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
    Audit.VerifyAuditChain.AuditCheckpointDto? AuditCheckpoint = null);
