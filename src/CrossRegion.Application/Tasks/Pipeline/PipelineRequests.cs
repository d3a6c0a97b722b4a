using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.Pipeline;

/// <summary>
/// Puts an item on a project's 前期 checklist (kind: feasibility, land_pre_review, environmental_assessment,
/// site_selection, funding, or other with a name), answered for by one of its parties. Whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record AddPreparationItemCommand(string Key, int? ExpectedVersion, string? Kind, string? Name, string? Party)
    : IRequest<TaskDetailDto>, IStewardedTaskRequest;

/// <summary>
/// Moves a checklist item to a state (not_started, in_progress, approved with its day and document, not_needed with the
/// reason): by the party answering for it (its coordinator or a responsible unit) or whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator | UserRoles.DepartmentOfficer | UserRoles.DepartmentHead)]
public sealed record SetPreparationItemCommand(string Key, int? ExpectedVersion, Guid ItemId, string? State, DateOnly? On, string? Document, string? Note)
    : IRequest<TaskDetailDto>;

/// <summary>Takes an item off the checklist (put there by mistake). Whoever runs the programme; If-Match.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record RemovePreparationItemCommand(string Key, int? ExpectedVersion, Guid ItemId) : IRequest<TaskDetailDto>, IStewardedTaskRequest;

/// <summary>
/// Sets what a party pledged to spend on the task (万元; null clears it): the party itself (its coordinator or a
/// responsible unit) or whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator | UserRoles.DepartmentOfficer | UserRoles.DepartmentHead)]
public sealed record PledgeCommand(string Key, int? ExpectedVersion, string Party, decimal? Pledged) : IRequest<TaskDetailDto>;

/// <summary>
/// Records a party's actual spend on the task in a month (<c>yyyy-MM</c>, 万元); recording the month again revises it.
/// The party itself or whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator | UserRoles.DepartmentOfficer | UserRoles.DepartmentHead)]
public sealed record RecordSpendCommand(string Key, int? ExpectedVersion, string Party, string? Period, decimal? Amount, string? Note) : IRequest<TaskDetailDto>;
