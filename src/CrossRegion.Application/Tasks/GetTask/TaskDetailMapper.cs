using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal static class TaskDetailMapper
{
    public static TaskDetailDto Map(
        TaskHeader task, List<PartyRow> parties, List<MilestoneRow> milestones, List<AnnualTargetDto> targets, DateOnly today) => new(
            task.Key,
            task.TitleZh,
            task.TitleEn,
            task.Aliases.Order(StringComparer.Ordinal).ToList(),
            task.ListType,
            task.Programme,
            task.Category,
            task.Status,
            task.Period,
            task.MainContent,
            task.Stage,
            task.Remarks,
            task.Parent,
            task.SubTasks,
            parties.OrderBy(p => p.Role).ThenBy(p => p.Jurisdiction, StringComparer.Ordinal)
                .Select(p => new PartyDto(p.Jurisdiction, p.Role, p.Share, p.Departments.OrderBy(d => d.Code, StringComparer.Ordinal).ToList()))
                .ToList(),
            targets.OrderBy(x => x.Year).ToList(),
            milestones.OrderBy(m => m.DueDate).ThenBy(m => m.SortOrder)
                .Select(m => new MilestoneDto(
                    m.Id,
                    m.Title,
                    m.TitleEn,
                    m.DueDate,
                    m.BaselineDueDate,
                    m.DuePrecision,
                    m.Status,
                    m.CompletedOn,
                    Milestone.IsOverdue(m.Status, m.DueDate, today),
                    m.Owners.Order(StringComparer.Ordinal).ToList(),
                    m.CompletedOn is { } done && done > m.DueDate,
                    Milestone.OutcomeOf(m.Status, m.BaselineDueDate, m.DueDate, m.CompletedOn, today),
                    m.SignOffs.OrderBy(s => s.Jurisdiction, StringComparer.Ordinal).ToList(),
                    m.Extensions))
                .ToList(),
            task.SourceDocument is { } document ? new SourceReferenceDto(document, task.SourceRow) : null,
            task.Version);
}
