using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Milestones.RequestExtension;

/// <summary>
/// 延期申请: the caller's party asks for a later due date of a milestone it owns. With <see cref="ExpectedVersion"/>
/// (If-Match), a task that changed since the caller read it is refused (412).
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator)]
public sealed record RequestExtensionCommand(string Key, Guid MilestoneId, DateOnly? DueDate, string? Reason, int? ExpectedVersion = null) : IRequest<TaskDetailDto>;
