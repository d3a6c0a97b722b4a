using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Notifications.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.GetNotice;

public sealed class GetNoticeQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetNoticeQuery, NoticeDto>
{
    public async Task<NoticeDto> Handle(GetNoticeQuery request, CancellationToken cancellationToken)
    {
        var notices = db.Notices.AsNoTracking().Where(await NoticeAudience.ReadableAsync(caller, db, cancellationToken)).Where(n => n.Id == request.Id);
        var row = await NoticeProjection.Rows(notices, db, caller.UserId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("notice", request.Id.ToString(CultureInfo.InvariantCulture));
        return (await NoticeProjection.ToDtosAsync([row], db, cancellationToken))[0];
    }
}
