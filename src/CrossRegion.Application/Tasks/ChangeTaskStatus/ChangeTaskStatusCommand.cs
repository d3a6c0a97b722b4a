using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

/// <summary>Close out (销号), reopen, archive, or accept / reject a city's proposal. Joint office only; needs If-Match like any update.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record ChangeTaskStatusCommand(string Key, int? ExpectedVersion, TaskStatusAction Action, string? Reason) : IRequest<TaskDetailDto>;
