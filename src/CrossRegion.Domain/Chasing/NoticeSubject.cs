namespace CrossRegion.Domain.Chasing;

/// <summary>What a party owes: its part of a milestone, or its monthly progress report (月调度).</summary>
public enum NoticeSubject
{
    Milestone = 1,
    MonthlyReport = 2,
}
