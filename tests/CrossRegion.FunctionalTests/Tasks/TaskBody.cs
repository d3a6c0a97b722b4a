namespace CrossRegion.FunctionalTests.Tasks;

#pragma warning disable IDE1006, CA1707 // Mirrors the wire names of POST /api/v1/tasks.
public sealed record TaskBody(
    string key,
    string list_type,
    string Programme,
    string category,
    string? TitleZh,
    string title_en,
    string[] aliases,
    PeriodBody period,
    string main_content,
    string? stage,
    string? parent_key,
    PartyBody[] Parties,
    TargetBody[] targets,
    MilestoneBody[] Milestones);

public sealed record PeriodBody(string text, int? start_year, int? end_year);

public sealed record PartyBody(string jurisdiction, string role, string? share, string[]? departments);

public sealed record TargetBody(int year, string text, MeasureBody[] measures);

public sealed record MeasureBody(string metric, string? metric_en, string comparator, decimal value, string unit, string? jurisdiction, string? source_text);

public sealed record MilestoneBody(string title, string? title_en, DateOnly due_date, string due_precision, string[] owners);
#pragma warning restore IDE1006, CA1707
