using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed record TaskSummaryDto(
    string Key,
    string TitleZh,
    string TitleEn,
    string ListType,
    string Programme,
    string Category,
    CoordinatedTaskStatus Status,
    string PeriodText,
    int? StartYear,
    int? EndYear,
    string? ParentKey,
    IReadOnlyList<TaskPartySummaryDto> Parties,
    DateOnly? NextDueDate,
    bool Overdue,
    StatusLight Light)
{
    /// <summary>Issues (问题协调, 要素 requests among them) raised on the task and still awaiting their answer.</summary>
    public int OpenIssues { get; init; }
}
