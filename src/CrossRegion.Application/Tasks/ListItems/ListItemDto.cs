using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// What a task has as an item of a yearly list: the list, its own columns in the list's order, the project's stages
/// over time, the monthly investment reported against the year's plan, the same item in earlier and later lists, and
/// the joint task a city's own item contributes to.
/// </summary>
public sealed record ListItemDto(
    string Programme,
    string ListType,
    int? ListYear,
    string? ListNameZh,
    string? ListNameEn,
    IReadOnlyList<ListFieldValueDto> Fields,
    IReadOnlyList<StageChangeDto> StageHistory,
    InvestmentDto? Investment,
    IReadOnlyList<CarriedItemDto> CarriedFrom,
    CarriedItemDto? CarriedTo,
    GetTask.TaskLinkDto? ContributesTo = null);

/// <param name="Value">The stored value: a choice's code, a text, or a number as text (also in <see cref="Number"/>).</param>
/// <param name="LabelZh">For a choice, the words the list prints (续建); for others the value.</param>
public sealed record ListFieldValueDto(
    string Key, string NameZh, string NameEn, ListColumnKind Kind, string? Value, decimal? Number, string? Unit, string? LabelZh, string? LabelEn);

public sealed record StageChangeDto(TaskStage? From, TaskStage To, DateOnly On, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// 月调度 of a project's investment: each month's investment completed (the value its reports give for the 完成投资
/// measure, in 亿元), the running total, and both against the year's planned investment.
/// </summary>
public sealed record InvestmentDto(int Year, decimal Planned, string Unit, IReadOnlyList<InvestmentMonthDto> Months, decimal Completed, decimal? PercentOfPlan);

public sealed record InvestmentMonthDto(string Period, decimal Completed, decimal Cumulative, decimal? PercentOfPlan);

/// <summary>The same item on another year's list (结转): its key, list year and status there.</summary>
public sealed record CarriedItemDto(string Key, int? ListYear, string TitleZh, CoordinatedTaskStatus Status);
