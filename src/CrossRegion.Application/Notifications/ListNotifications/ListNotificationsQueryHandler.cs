using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Notifications.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.ListNotifications;

public sealed class ListNotificationsQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListNotificationsQuery, CursorPage<NoticeDto>>
{
    public async Task<CursorPage<NoticeDto>> Handle(ListNotificationsQuery request, CancellationToken cancellationToken)
    {
        var rows = NoticeProjection.Rows(db.Notices.AsNoTracking().Where(NoticeAudience.Inbox(caller, db)), db, caller.UserId);
        if (request.UnreadOnly)
        {
            rows = rows.Where(r => !r.Read);
        }

        // Unread before read, each newest first; the cursor is the last (read, id) shown.
        if (TryPosition(request.Cursor, out var read, out var id))
        {
            rows = rows.Where(r => (r.Read && !read) || (r.Read == read && r.Notice.Id < id));
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var page = await rows.OrderBy(r => r.Read).ThenByDescending(r => r.Notice.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var dtos = await NoticeProjection.ToDtosAsync(page, db, cancellationToken);
        return CursorPage.Of(dtos, limit, n => (n.Read ? "1:" : "0:") + n.Id.ToString(CultureInfo.InvariantCulture));
    }

    internal static bool TryPosition(string? cursor, out bool read, out long id)
    {
        (read, id) = (false, 0);
        if (!Cursor.TryDecode(cursor, out var key) || key.Length < 3 || key[1] != ':' || key[0] is not ('0' or '1')
            || !long.TryParse(key.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        read = key[0] == '1';
        return true;
    }
}
