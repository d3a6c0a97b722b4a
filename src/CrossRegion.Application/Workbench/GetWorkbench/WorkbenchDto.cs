using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Workbench.GetWorkbench;

public enum WorkbenchKind
{
    /// <summary>A department officer (or head): the unit's share.</summary>
    Unit = 1,

    /// <summary>A city coordinator: the city's share, unit by unit.</summary>
    City = 2,

    /// <summary>The joint office: the programme as a whole and the decisions it owes.</summary>
    JointOffice = 3,

    /// <summary>Observers, leaders and administrators: the ledger, read-only.</summary>
    Reader = 4,
}

/// <param name="Period">The month whose reports are counted (yyyy-MM, Beijing).</param>
/// <param name="Owed">The open milestones the unit's or city's party has not settled, most urgent first (at most 20).</param>
public sealed record WorkbenchDto(
    WorkbenchKind Kind,
    string? Jurisdiction,
    string Period,
    LightCountsDto OwedLights,
    IReadOnlyList<OwedMilestoneDto> Owed,
    int ReportsDueCount,
    IReadOnlyList<TaskRefDto> ReportsDue,
    IReadOnlyList<UnitRowDto> Units,
    JointOfficeWorkDto? Office);

public sealed record LightCountsDto(int Red, int Yellow, int Green);

public sealed record TaskRefDto(string Key, string TitleZh, string TitleEn);

public sealed record OwedMilestoneDto(TaskRefDto Task, Guid MilestoneId, string Title, string? TitleEn, DateOnly DueDate, StatusLight Light);

/// <param name="Overdue">Open milestones of the city past due on the unit's tasks.</param>
/// <param name="ReportsDue">The unit's tasks without the city's report for the month.</param>
public sealed record UnitRowDto(string Code, string NameZh, string NameEn, int Tasks, int Overdue, int DueSoon, int ReportsDue);

public sealed record CountDto(string Code, int Count);

/// <param name="Kind">proposal (a city's draft to accept or reject; Jurisdiction is the proposing city), assignment (a draft handed down from above by a higher level's system), extension (a request to decide), close_out (every milestone done: ready for 销号).</param>
public sealed record DecisionDto(string Kind, TaskRefDto Task, string? Jurisdiction, string? Detail, DateTimeOffset? Since);

/// <param name="Decisions">The decisions waiting longest, at most twenty of each kind.</param>
/// <param name="DecisionCounts">How many decisions wait, by kind (proposal: a city's; assignment: handed down from above; extension, close_out).</param>
/// <param name="ChaseThisWeek">Notices and reminders issued in the last seven days, per city.</param>
public sealed record JointOfficeWorkDto(
    IReadOnlyList<CountDto> OverdueByCity,
    IReadOnlyList<CountDto> OverdueByProgramme,
    IReadOnlyList<DecisionDto> Decisions,
    IReadOnlyList<CountDto> DecisionCounts,
    IReadOnlyList<CountDto> ChaseThisWeek);
