using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>Reminders to every owner whose obligation falls due in [<see cref="DueFrom"/>, <see cref="DueBefore"/>).</summary>
public sealed record ReminderStep(NoticeSubject Subject, int WorkingDaysBefore, DateOnly DueFrom, DateOnly DueBefore, string? Period)
    : ChaseStep(Subject, NoticeKind.Reminder, WorkingDaysBefore);
