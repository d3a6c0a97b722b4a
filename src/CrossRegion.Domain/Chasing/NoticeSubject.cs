namespace CrossRegion.Domain.Chasing;

/// <summary>
/// What a party owes: its part of a milestone, its monthly progress report (月调度), or the follow-up of an ask it
/// submitted to a higher level (争取事项) that is still unanswered past its follow-up day, or the answer to an issue
/// addressed to one of its units (问题协调) still open past its reply-by day.
/// </summary>
public enum NoticeSubject
{
    Milestone = 1,
    MonthlyReport = 2,
    Ask = 3,
    Issue = 4,
}
