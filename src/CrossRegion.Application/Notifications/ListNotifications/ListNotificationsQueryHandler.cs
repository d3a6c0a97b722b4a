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
        // Unread before read, each newest first; the cursor is the last (read, id) shown. Two keyset scans (the unread,
        // then the read) instead of one sort by read state: a city's inbox can hold hundreds of thousands of notices,
        // and each scan stops after a page.
        var inbox = db.Notices.AsNoTracking().Where(await NoticeAudience.InboxAsync(caller, db, cancellationToken));
        var userId = caller.UserId;
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var (inRead, after) = TryPosition(request.Cursor, out var read, out var id) ? (read, id) : (false, long.MaxValue);
        var ids = new List<long>();
        if (!inRead)
        {
            ids.AddRange(await inbox.Where(n => n.Id < after && !db.NoticeReads.Any(r => r.NoticeId == n.Id && r.UserId == userId))
                .OrderByDescending(n => n.Id).Select(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken));
        }

        if (!request.UnreadOnly && ids.Count <= limit)
        {
            var readAfter = inRead ? after : long.MaxValue;
            ids.AddRange(await inbox.Where(n => n.Id < readAfter && db.NoticeReads.Any(r => r.NoticeId == n.Id && r.UserId == userId))
                .OrderByDescending(n => n.Id).Select(n => n.Id).Take(limit + 1 - ids.Count).ToListAsync(cancellationToken));
        }

        var rows = (await NoticeProjection.Rows(db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)), db, userId).ToListAsync(cancellationToken))
            .OrderBy(r => r.Read).ThenByDescending(r => r.Notice.Id).ToList();
        var dtos = await NoticeProjection.ToDtosAsync(rows, db, cancellationToken);
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
