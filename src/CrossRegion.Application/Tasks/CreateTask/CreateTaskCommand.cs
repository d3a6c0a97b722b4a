using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>
/// Puts a new coordinated task on the ledger (joint-office coordinators), or proposes one (a city coordinator, for
/// its own city as a responsible party): a proposal is a draft until the joint office accepts or rejects it.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record CreateTaskCommand(
    string? Key,
    string? ListType,
    string? Programme,
    string? Category,
    string? TitleZh,
    string? TitleEn,
    IReadOnlyList<string>? Aliases,
    PeriodInput? Period,
    string? MainContent,
    string? Stage,
    string? ParentKey,
    string? Remarks,
    IReadOnlyList<PartyInput>? Parties,
    IReadOnlyList<TargetInput>? Targets,
    IReadOnlyList<MilestoneInput>? Milestones) : IRequest<TaskDetailDto>;
