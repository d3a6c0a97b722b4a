using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>One ledger row as the database returns it, before its parties are attached.</summary>
internal sealed record TaskRow(
    Guid Id,
    string Key,
    string TitleZh,
    string TitleEn,
    TaskListType ListType,
    string Programme,
    string Category,
    CoordinatedTaskStatus Status,
    string PeriodText,
    int? StartYear,
    int? EndYear,
    string? ParentKey,
    DateOnly? NextDueDate,
    bool HasMilestones,
    bool AnyBlocked,
    bool AnyAtRisk)
{
    public TaskSummaryDto ToDto(IReadOnlyList<TaskPartySummaryDto> parties, LightWindow window) => new(
        Key, TitleZh, TitleEn, ListType, Programme, Category, Status, PeriodText, StartYear, EndYear, ParentKey, parties,
        NextDueDate, CoordinatedTask.IsOverdue(NextDueDate, window.Today),
        StatusLights.ForTask(Status, NextDueDate, HasMilestones, AnyBlocked, AnyAtRisk, window.Today, window.YellowUntil));
}
