using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using MediatR;

namespace CrossRegion.Application.Notifications.GetNotice;

/// <summary>One notice, for whoever may read it (the id a notice.issued event carries); anyone else gets 404.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetNoticeQuery(long Id) : IRequest<NoticeDto>;
