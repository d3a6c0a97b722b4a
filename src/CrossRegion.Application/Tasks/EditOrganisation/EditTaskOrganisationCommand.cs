using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.EditOrganisation;

/// <summary>
/// Whoever runs the programme (<see cref="IStewardedTaskRequest"/>) names an organisation above or beside the cities on a task (as lead unit, addressee of an ask, or
/// party), or stops naming it. Its observers then see (or no longer see) the task. Requires If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record EditTaskOrganisationCommand(string Key, int? ExpectedVersion, EditAction Action, string? Organisation, string? Relation)
    : IRequest<TaskDetailDto>, IStewardedTaskRequest;
