using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.EditParty;

/// <summary>
/// Whoever runs the programme (<see cref="IStewardedTaskRequest"/>: the joint office; a city's coordinators for its own) adds a party to a task, changes one (role, share, units: absent fields stay) or removes one
/// that owns no milestone, has no measure and has never reported. Requires If-Match (<see cref="ExpectedVersion"/>).
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record EditPartyCommand(
    string Key,
    int? ExpectedVersion,
    EditAction Action,
    string? Jurisdiction,
    string? Role = null,
    string? Share = null,
    IReadOnlyList<string>? Departments = null) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
