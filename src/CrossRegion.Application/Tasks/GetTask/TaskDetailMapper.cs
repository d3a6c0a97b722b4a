using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal static class TaskDetailMapper
{
    public static TaskDetailDto Map(
        TaskHeader task,
        List<PartyRow> parties,
        List<MilestoneRow> milestones,
        List<AnnualTargetDto> targets,
        Dictionary<string, ReportStatus> reported,
        List<TaskOrganisationDto> organisations,
        LightWindow window)
    {
        var today = window.Today;
        var lights = milestones.ToDictionary(m => m.Id, m => StatusLights.ForMilestone(m.Status, m.DueDate, today, window.YellowUntil));
        ReportStatus? Reported(string jurisdiction) => reported.TryGetValue(jurisdiction, out var status) ? status : null;
        var nextDue = milestones.Where(m => m.Status == MilestoneStatus.Open).Select(m => (DateOnly?)m.DueDate).Min();
        return new TaskDetailDto(
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
                .Select(p => new PartyDto(
                    p.Jurisdiction,
                    p.Role,
                    p.Share,
                    p.Departments.OrderBy(d => d.Code, StringComparer.Ordinal).ToList(),
                    Reported(p.Jurisdiction),
                    StatusLights.ForParty(milestones.Where(m => m.Owners.Contains(p.Jurisdiction)).Select(m => lights[m.Id]).ToList(), Reported(p.Jurisdiction)),
                    p.Pledged))
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
                    m.Extensions,
                    lights[m.Id]))
                .ToList(),
            task.SourceDocument is { } document ? new SourceReferenceDto(document, task.SourceRow) : null,
            task.Version,
            StatusLights.ForTask(
                task.Status,
                nextDue,
                milestones.Count > 0,
                reported.ContainsValue(ReportStatus.Blocked),
                reported.ContainsValue(ReportStatus.AtRisk),
                today,
                window.YellowUntil),
            task.StatusReason,
            task.StatusChangedAt,
            task.ProposedFor is { } city ? new ProposalDto(task.ProposedBy!, city) : null,
            organisations.OrderBy(o => o.Relation).ThenBy(o => o.Code, StringComparer.Ordinal).ToList());
    }
}
