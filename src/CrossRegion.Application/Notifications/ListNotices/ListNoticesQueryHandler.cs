using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.ListNotices;

public sealed class ListNoticesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListNoticesQuery, CursorPage<NoticeDto>>
{
    public async Task<CursorPage<NoticeDto>> Handle(ListNoticesQuery request, CancellationToken cancellationToken)
    {
        var notices = db.Notices.AsNoTracking().Where(await NoticeAudience.ReadableAsync(caller, db, cancellationToken));
        if (request.Jurisdiction is { } jurisdiction)
        {
            notices = notices.Where(n => n.JurisdictionCode == jurisdiction);
        }

        if (EnumText.TryParse<NoticeKind>(request.Kind, out var kind))
        {
            notices = notices.Where(n => n.Kind == kind);
        }

        if (EnumText.TryParse<NoticeSubject>(request.Subject, out var subject))
        {
            notices = notices.Where(n => n.Subject == subject);
        }

        if (EnumText.TryParse<LadderLevel>(request.Level, out var level))
        {
            notices = notices.Where(n => n.Level == level);
        }

        if (request.Acknowledged is { } acknowledged)
        {
            notices = notices.Where(n => n.Kind == NoticeKind.Notice && (n.AcknowledgedAt != null) == acknowledged);
        }

        if (request.Task is { } task)
        {
            notices = notices.Where(n => db.Tasks.Any(t => t.Id == n.TaskId && t.Key == task));
        }

        if (Cursor.TryDecode(request.Cursor, out var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            notices = notices.Where(n => n.Id < after);
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var page = await NoticeProjection.Rows(notices, db, caller.UserId)
            .OrderByDescending(r => r.Notice.Id)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var dtos = await NoticeProjection.ToDtosAsync(page, db, cancellationToken);
        return CursorPage.Of(dtos, limit, n => n.Id.ToString(CultureInfo.InvariantCulture));
    }
}
