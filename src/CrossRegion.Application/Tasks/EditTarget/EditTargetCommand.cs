using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.EditTarget;

/// <summary>
/// The joint office adds a year's target (with measures), rewords one and adds measures to it, or removes a
/// measure (or the whole year) that no party has reported against. Requires If-Match (<see cref="ExpectedVersion"/>).
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record EditTargetCommand(
    string Key,
    int? ExpectedVersion,
    EditAction Action,
    int? Year,
    string? Text = null,
    IReadOnlyList<MeasureInput>? Measures = null,
    Guid? MeasureId = null) : IRequest<TaskDetailDto>;
