using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>
/// Rung n: a notice at <see cref="Level"/> wherever the notice at <see cref="FromLevel"/> (the rung below) still stands
/// unmet with its basis on or before <see cref="BasisThrough"/>. Rungs are known by their level, not their position: a
/// rung inserted into a ladder in use renumbers the positions but re-issues nothing (ADR 0012, amended).
/// </summary>
public sealed record EscalationStep(
    NoticeSubject Subject, string Jurisdiction, int ToRung, LadderLevel FromLevel, LadderLevel Level, DateOnly BasisThrough, DateOnly ReplyBy)
    : ChaseStep(Subject, NoticeKind.Notice, ToRung);
