using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.EditMilestone;

/// <summary>
/// Whoever runs the programme (<see cref="IStewardedTaskRequest"/>) adds a milestone, re-plans one (absent fields stay; a new due date keeps the baseline), or
/// removes one nobody has signed or asked to extend. Requires If-Match (<see cref="ExpectedVersion"/>).
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record EditMilestoneCommand(
    string Key,
    int? ExpectedVersion,
    EditAction Action,
    Guid? MilestoneId,
    string? Title = null,
    string? TitleEn = null,
    DateOnly? DueDate = null,
    string? DuePrecision = null,
    IReadOnlyList<string>? Owners = null) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
