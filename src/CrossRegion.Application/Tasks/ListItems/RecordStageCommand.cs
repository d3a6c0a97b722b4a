using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// Records that a project entered a stage (储备 → 前期 / 重大前期 → 新开工 → 续建 → 竣工投产) on a day, no earlier than its
/// last change and not after today (Beijing). Entering construction from preparation needs the 前期 checklist settled,
/// or an override reason (kept in the change's note). Run by whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record RecordStageCommand(string Key, int? ExpectedVersion, string? Stage, DateOnly? On, string? Note, string? OverrideReason = null)
    : IRequest<TaskDetailDto>, IStewardedTaskRequest;
