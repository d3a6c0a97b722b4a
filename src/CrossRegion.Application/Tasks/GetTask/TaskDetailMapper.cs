using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal static class TaskDetailMapper
{
    public static TaskDetailDto Map(
        CoordinatedTask task,
        IReadOnlyDictionary<Guid, PartyDepartmentDto> departments,
        IReadOnlyList<TaskLinkDto> subTasks,
        DateOnly today) => new(
            task.Key,
            task.TitleZh,
            task.TitleEn,
            task.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(),
            task.ListType,
            task.ProgrammeCode,
            task.CategoryCode,
            task.Status,
            new TaskPeriodDto(task.PeriodText, task.StartYear, task.EndYear),
            task.MainContent,
            task.Stage,
            task.Remarks,
            task.Parent is { } parent ? new TaskLinkDto(parent.Key, parent.TitleZh, parent.TitleEn) : null,
            subTasks,
            task.Parties.OrderBy(p => p.Role).ThenBy(p => p.JurisdictionCode, StringComparer.Ordinal)
                .Select(p => new PartyDto(
                    p.JurisdictionCode,
                    p.Role,
                    p.Share,
                    p.Departments.Select(d => departments[d.DepartmentId]).OrderBy(d => d.Code, StringComparer.Ordinal).ToList()))
                .ToList(),
            task.Targets.OrderBy(x => x.Year)
                .Select(x => new AnnualTargetDto(
                    x.Year,
                    x.Text,
                    x.Measures.Select(m => new MeasureDto(m.Metric, m.MetricEn, m.Comparator, m.Value, m.Unit, m.JurisdictionCode, m.SourceText))
                        .ToList()))
                .ToList(),
            task.Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.SortOrder)
                .Select(m => new MilestoneDto(
                    m.Id,
                    m.Title,
                    m.TitleEn,
                    m.DueDate,
                    m.DuePrecision,
                    m.Status,
                    m.CompletedOn,
                    m.IsOverdueOn(today),
                    m.Owners.Select(o => o.JurisdictionCode).Order(StringComparer.Ordinal).ToList()))
                .ToList(),
            task.SourceDocument is { } document ? new SourceReferenceDto(document, task.SourceRow) : null);
}
