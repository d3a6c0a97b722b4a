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
        var deliveries = await db.ChannelDeliveries.AsNoTracking().Where(d => d.NoticeId == request.Id).OrderBy(d => d.Id)
            .Select(d => new ChannelDeliveryDto(
                d.Channel, d.RecipientName, d.Status, d.Attempts, d.SentAt, d.Status == Domain.Channels.ChannelDeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastError))
            .ToListAsync(cancellationToken);
        return (await NoticeProjection.ToDtosAsync([row], db, cancellationToken))[0] with { Deliveries = deliveries };
    }
}
