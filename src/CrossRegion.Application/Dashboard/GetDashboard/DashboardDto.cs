namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>The dashboard as of <see cref="Today"/> (Beijing); the aggregates were computed at <see cref="ComputedAt"/>.</summary>
public sealed record DashboardDto(
    DateOnly Today,
    DateTimeOffset ComputedAt,
    string ReportPeriod,
    IReadOnlyList<CityFiguresDto> Cities,
    IReadOnlyList<string> TrendMonths,
    IReadOnlyList<OverdueJointItemDto> MostOverdue,
    IReadOnlyList<ProgrammeProgressDto> Programmes);

/// <summary>
/// One city's figures. Milestones count once for each owning city: due this year to date, completed by their baseline
/// (on time), overdue now (open, past due, the city's part not signed); the trend is the milestones open past their
/// due date at each month's end. Reports are last month's 月调度 of the parties with a reporting role.
/// </summary>
public sealed record CityFiguresDto(
    string Code,
    string NameZh,
    string NameEn,
    int ActiveTasks,
    int MilestonesDue,
    int MilestonesOnTime,
    decimal? OnTimeRate,
    int OverdueTasks,
    int OverdueMilestones,
    IReadOnlyList<int> OverdueTrend,
    int ReportsExpected,
    int ReportsFiled,
    decimal? ReportRate,
    int NoticesIssued,
    int NoticesSigned);

/// <summary>A milestone owned by two or more cities, open past its due date: the longest overdue first.</summary>
public sealed record OverdueJointItemDto(string TaskKey, string TaskTitleZh, string TaskTitleEn, string Milestone, IReadOnlyList<string> Cities, DateOnly DueDate, int DaysOverdue);

/// <summary>A programme's active tasks, its milestones done of all, and its tasks with an overdue milestone.</summary>
public sealed record ProgrammeProgressDto(string Code, string NameZh, string NameEn, int Tasks, int Milestones, int MilestonesDone, decimal? DoneShare, int OverdueTasks);
