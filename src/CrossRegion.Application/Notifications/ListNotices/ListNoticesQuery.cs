using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using MediatR;

namespace CrossRegion.Application.Notifications.ListNotices;

/// <summary>
/// Every notice the caller may read, newest first: all of them for the joint office, observers and administrators
/// (read-only), the inbox's for the others. level=joint_meeting with acknowledged=false is the joint meeting's agenda.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListNoticesQuery(
    string? Jurisdiction = null,
    string? Kind = null,
    string? Subject = null,
    string? Level = null,
    bool? Acknowledged = null,
    string? Task = null,
    int? Limit = null,
    string? Cursor = null) : IRequest<CursorPage<NoticeDto>>;
