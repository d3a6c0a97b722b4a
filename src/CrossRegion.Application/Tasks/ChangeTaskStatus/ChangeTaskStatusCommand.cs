using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

/// <summary>Close out (销号), reopen, archive, or accept / reject a city's proposal. By whoever runs the programme (the joint office; a city's coordinators for its own); needs If-Match like any update.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record ChangeTaskStatusCommand(string Key, int? ExpectedVersion, TaskStatusAction Action, string? Reason) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
