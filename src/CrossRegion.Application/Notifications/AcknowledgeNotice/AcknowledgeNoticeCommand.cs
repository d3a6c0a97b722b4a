using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Notifications.AcknowledgeNotice;

/// <summary>
/// 签收: the recipient confirms a 催办单, optionally with the reason for the delay and the date it now expects to
/// finish (the milestone's dates do not move). On a reminder it only marks the notice read for the caller.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.DepartmentHead | UserRoles.CityCoordinator | UserRoles.CityLeader | UserRoles.JointOfficeCoordinator)]
public sealed record AcknowledgeNoticeCommand(long Id, string? Reason = null, DateOnly? ExpectedOn = null) : IRequest<NoticeDto>;
