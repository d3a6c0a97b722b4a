using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.AcknowledgeNotice;

public sealed class AcknowledgeNoticeCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<AcknowledgeNoticeCommand, NoticeDto>
{
    public async Task<NoticeDto> Handle(AcknowledgeNoticeCommand request, CancellationToken cancellationToken)
    {
        var key = request.Id.ToString(CultureInfo.InvariantCulture);
        var notice = await db.Notices.Where(await NoticeAudience.ReadableAsync(caller, db, cancellationToken)).SingleOrDefaultAsync(n => n.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("notice", key);
        var now = time.GetUtcNow();
        if (notice.Kind == NoticeKind.Notice)
        {
            if (!await NoticeAudience.MaySignForAsync(caller, db, notice, cancellationToken))
            {
                throw new ForbiddenAccessException(Localized.Text(
                    "只有被催办方的责任单位或其城市协调人可以签收；联合办公室只读。",
                    "Only the addressed party's responsible units or its city coordinator sign for a notice; the joint office reads it."));
            }

            notice.Acknowledge(caller.Name!, request.Reason, request.ExpectedOn, now, ShanghaiClock.Today(time));
        }
        else if (request.Reason is not null || request.ExpectedOn is not null)
        {
            // A reminder is only read; a reason or a promised date would be silently lost.
            throw new DomainRuleException("notice.not_formal", "提醒无需签收，也不接受原因或预计完成日期。", "A reminder is only read: it takes no reason or expected date.");
        }

        if (caller.UserId is { } userId && !await db.NoticeReads.AnyAsync(r => r.NoticeId == notice.Id && r.UserId == userId, cancellationToken))
        {
            db.NoticeReads.Add(new NoticeRead(notice.Id, userId, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another recipient signed at the same moment (AcknowledgedAt is the concurrency token): theirs stands.
            throw new DomainRuleException("notice.acknowledgement.duplicate", "该催办单刚被他人签收。", "Someone else acknowledged the notice at the same moment.");
        }

        var row = await NoticeProjection.Rows(db.Notices.AsNoTracking().Where(n => n.Id == notice.Id), db, caller.UserId).SingleAsync(cancellationToken);
        return (await NoticeProjection.ToDtosAsync([row], db, cancellationToken))[0];
    }
}
