using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Notifications.ListNotifications;

/// <summary>The caller's inbox: the notices addressed to the caller, unread first, then newest first.</summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.DepartmentHead | UserRoles.CityCoordinator | UserRoles.CityLeader | UserRoles.JointOfficeCoordinator)]
public sealed record ListNotificationsQuery(bool UnreadOnly = false, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<NoticeDto>>;
