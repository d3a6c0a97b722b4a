using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>Rung n: a notice one level up wherever rung n-1 still stands unmet with its basis on or before <see cref="BasisThrough"/>.</summary>
public sealed record EscalationStep(NoticeSubject Subject, string Jurisdiction, int ToRung, LadderLevel Level, DateOnly BasisThrough, DateOnly ReplyBy)
    : ChaseStep(Subject, NoticeKind.Notice, ToRung);
