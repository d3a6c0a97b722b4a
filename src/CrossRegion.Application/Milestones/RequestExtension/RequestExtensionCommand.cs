using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Milestones.RequestExtension;

/// <summary>延期申请: the caller's party asks for a later due date of a milestone it owns. Returns the request id.</summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator)]
public sealed record RequestExtensionCommand(string Key, Guid MilestoneId, DateOnly? DueDate, string? Reason) : IRequest<TaskDetailDto>;
