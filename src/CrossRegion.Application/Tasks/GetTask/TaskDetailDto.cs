using CrossRegion.Application.Tasks.ListItems;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <param name="ListItem">For an item of a yearly list (重大项目 …, or a carried-over item): its columns, stages, investment and other years.</param>

public sealed record TaskDetailDto(
    string Key,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<string> Aliases,
    string ListType,
    string Programme,
    string Category,
    CoordinatedTaskStatus Status,
    TaskPeriodDto Period,
    string MainContent,
    TaskStage? Stage,
    string? Remarks,
    TaskLinkDto? Parent,
    IReadOnlyList<TaskLinkDto> SubTasks,
    IReadOnlyList<PartyDto> Parties,
    IReadOnlyList<AnnualTargetDto> Targets,
    IReadOnlyList<MilestoneDto> Milestones,
    SourceReferenceDto? Source,
    int Version,
    StatusLight Light,
    string? StatusReason,
    DateTimeOffset? StatusChangedAt,
    ProposalDto? Proposal,
    IReadOnlyList<TaskOrganisationDto> Organisations,
    ListItemDto? ListItem = null)
{
    /// <summary>The task forces (专班) holding the task, by code and name.</summary>
    public IReadOnlyList<TaskForceRefDto> TaskForces { get; init; } = [];

    /// <summary>The project's 前期 checklist (null when it has none).</summary>
    public Pipeline.PreparationDto? Preparation { get; init; }

    /// <summary>Shared costs: each party's pledge and spend, and the totals (null when none is recorded).</summary>
    public Pipeline.CostSharesDto? Costs { get; init; }
}

/// <summary>A task force holding a task.</summary>
public sealed record TaskForceRefDto(string Code, string NameZh, string NameEn);
