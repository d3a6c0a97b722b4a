using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>Rung 0: a numbered notice to each of the jurisdiction's parties whose obligation was due on or before <see cref="DueThrough"/>.</summary>
public sealed record FirstNoticeStep(NoticeSubject Subject, string Jurisdiction, LadderLevel Level, DateOnly DueThrough, DateOnly ReplyBy, string? Period)
    : ChaseStep(Subject, NoticeKind.Notice, 0);
