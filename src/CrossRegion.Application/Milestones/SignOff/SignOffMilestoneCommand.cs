using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Milestones.SignOff;

/// <summary>
/// 会签: a party confirms or rejects its part of a milestone; the joint office may waive a party's sign-off.
/// For confirm and reject the party is the caller's own jurisdiction; for waive, <see cref="Jurisdiction"/>.
/// With <see cref="ExpectedVersion"/> (If-Match), a task that changed since the caller read it is refused (412).
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record SignOffMilestoneCommand(
    string Key, Guid MilestoneId, MilestoneAction Action, string? Text, string? Link, string? Jurisdiction, int? ExpectedVersion = null) : IRequest<TaskDetailDto>;
