using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Milestones.DecideExtension;

/// <summary>
/// Whoever runs the programme (<see cref="IStewardedTaskRequest"/>) approves (the due date moves; the baseline stays) or rejects an extension request. With
/// <see cref="ExpectedVersion"/> (If-Match), a task that changed since the office read it is refused (412).
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record DecideExtensionCommand(string Key, Guid RequestId, bool Approve, string? Reason, int? ExpectedVersion = null) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
