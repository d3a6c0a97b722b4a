using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>
/// Turns today, the business calendar and the configuration into the steps of one chase. Pure date arithmetic: the
/// steps are then run set-based in the database, so the plan is the same on every node and every retry.
/// </summary>
public static class ChasePlan
{
    /// <summary>Nothing is issued on a day that is not a working day: the next working day catches up.</summary>
    public static IReadOnlyList<ChaseStep> For(DateOnly today, IBusinessCalendar calendar, ChaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        if (!calendar.IsWorkingDay(today))
        {
            return [];
        }

        var replyBy = calendar.AddWorkingDays(today, options.ReplyWithinWorkingDays);
        var steps = new List<ChaseStep>();

        // Before the due date: the windows of the offsets do not overlap, so each owner gets the nearest reminder only.
        foreach (var (offset, due) in ReminderWindows(today, calendar, options.EffectiveReminderWorkingDays))
        {
            steps.Add(new ReminderStep(NoticeSubject.Milestone, offset, due.From, due.Before, null));
        }

        var periods = Enumerable.Range(1, options.Reports.Enabled ? options.Reports.LookbackMonths : 0)
            .Select(back => new DateOnly(today.Year, today.Month, 1).AddMonths(-back))
            .Select(first => (Period: ReportPeriod.Format(first), DueOn: ReportDueOn(first, options.Reports.DueDay)))
            .ToList();
        foreach (var (offset, due) in ReminderWindows(today, calendar, options.Reports.EffectiveReminderWorkingDays))
        {
            steps.AddRange(periods
                .Where(p => p.DueOn >= due.From && p.DueOn < due.Before)
                .Select(p => new ReminderStep(NoticeSubject.MonthlyReport, offset, p.DueOn, p.DueOn.AddDays(1), p.Period)));
        }

        foreach (var code in JurisdictionCodes.All)
        {
            var ladder = options.LadderFor(code);
            var firstThrough = LatestWithWorkingDaysSince(today, ladder[0].AfterWorkingDays, calendar);
            steps.Add(new FirstNoticeStep(NoticeSubject.Milestone, code, ladder[0].Level, firstThrough, replyBy, null));
            steps.AddRange(periods
                .Where(p => p.DueOn <= firstThrough)
                .Select(p => new FirstNoticeStep(NoticeSubject.MonthlyReport, code, ladder[0].Level, p.DueOn, replyBy, p.Period)));
            if (options.Asks)
            {
                // An ask still unanswered past its follow-up day: its submitting cities are chased like a milestone's owners.
                steps.Add(new FirstNoticeStep(NoticeSubject.Ask, code, ladder[0].Level, firstThrough, replyBy, null));
            }

            if (options.Issues)
            {
                // An issue addressed to one of the city's units (or a task force it leads) unanswered past its reply-by day.
                steps.Add(new FirstNoticeStep(NoticeSubject.Issue, code, ladder[0].Level, firstThrough, replyBy, null));
            }

            for (var rung = 1; rung < ladder.Count; rung++)
            {
                var basisThrough = LatestWithWorkingDaysSince(today, ladder[rung].AfterWorkingDays, calendar);
                foreach (var subject in Subjects(options))
                {
                    steps.AddRange(Escalations(subject, code, ladder, rung, basisThrough, replyBy));
                }
            }
        }

        return steps;
    }

    /// <summary>
    /// The steps up to one rung. The task-force rung takes only the tasks a task force holds; the rung after it climbs
    /// from it and, for the other tasks, straight from the rung below it (they pass over the task force).
    /// </summary>
    private static IEnumerable<EscalationStep> Escalations(
        NoticeSubject subject, string code, IReadOnlyList<LadderRung> ladder, int rung, DateOnly basisThrough, DateOnly replyBy)
    {
        var (from, to) = (ladder[rung - 1].Level, ladder[rung].Level);
        if (to == LadderLevel.TaskForce)
        {
            yield return new EscalationStep(subject, code, rung, from, to, basisThrough, replyBy, TaskForceCondition.Held);
            yield break;
        }

        yield return new EscalationStep(subject, code, rung, from, to, basisThrough, replyBy);
        if (from == LadderLevel.TaskForce && rung >= 2)
        {
            yield return new EscalationStep(subject, code, rung, ladder[rung - 2].Level, to, basisThrough, replyBy, TaskForceCondition.NotHeld);
        }
    }

    private static IEnumerable<NoticeSubject> Subjects(ChaseOptions options)
    {
        yield return NoticeSubject.Milestone;
        if (options.Reports.Enabled)
        {
            yield return NoticeSubject.MonthlyReport;
        }

        if (options.Asks)
        {
            yield return NoticeSubject.Ask;
        }

        if (options.Issues)
        {
            yield return NoticeSubject.Issue;
        }
    }

    /// <summary>The report for the month starting <paramref name="firstDay"/> is due on the given day of the next month.</summary>
    public static DateOnly ReportDueOn(DateOnly firstDay, int dueDay) => firstDay.AddMonths(1).AddDays(dueDay - 1);

    /// <summary>The latest day with at least <paramref name="workingDays"/> working days after it, through today.</summary>
    public static DateOnly LatestWithWorkingDaysSince(DateOnly today, int workingDays, IBusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = today;
        for (var counted = 0; ; day = day.AddDays(-1))
        {
            counted += calendar.IsWorkingDay(day) ? 1 : 0;
            if (counted == workingDays)
            {
                return day.AddDays(-1);
            }
        }
    }

    /// <summary>
    /// For each offset (largest first), the due dates with at most that many working days left and more than the next
    /// smaller offset's: [the (smaller + 1)-th working day from today, the (offset + 1)-th). The smallest reaches down to today.
    /// </summary>
    private static IEnumerable<(int Offset, (DateOnly From, DateOnly Before) Due)> ReminderWindows(
        DateOnly today, IBusinessCalendar calendar, IReadOnlyList<int> offsets)
    {
        for (var i = 0; i < offsets.Count; i++)
        {
            var before = calendar.AddWorkingDays(today, offsets[i] + 1);
            var from = i + 1 < offsets.Count ? calendar.AddWorkingDays(today, offsets[i + 1] + 1) : today;
            yield return (offsets[i], (from, before));
        }
    }
}
