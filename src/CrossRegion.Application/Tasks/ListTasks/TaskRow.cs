using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>One ledger row as the database returns it, before its parties are attached.</summary>
internal sealed record TaskRow(
    Guid Id,
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
    DateOnly? NextDueDate)
{
    /// <param name="reported">Statuses of the parties' current reports that are not on track.</param>
    public TaskSummaryDto ToDto(IReadOnlyList<TaskPartySummaryDto> parties, LightWindow window, bool hasMilestones, IReadOnlyCollection<ReportStatus> reported) => new(
        Key, TitleZh, TitleEn, ListType, Programme, Category, Status, PeriodText, StartYear, EndYear, ParentKey, parties,
        NextDueDate, CoordinatedTask.IsOverdue(NextDueDate, window.Today),
        StatusLights.ForTask(
            Status, NextDueDate, hasMilestones, reported.Contains(ReportStatus.Blocked), reported.Contains(ReportStatus.AtRisk), window.Today, window.YellowUntil));
}
