using System.Globalization;
using System.Text.Json;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Notifications.Common;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Changes.ListChanges;

public sealed class ListChangesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListChangesQuery, ChangePage>
{
    public async Task<ChangePage> Handle(ListChangesQuery request, CancellationToken cancellationToken)
    {
        var after = ListChangesQueryValidator.PositionOf(request.Cursor) ?? 0;
        var limit = request.Limit ?? Cursor.DefaultLimit;
        // One rule with GET /api/v1/notices/{id}: an event about a notice goes to whoever may read that notice.
        var readable = db.Notices.Where(await NoticeAudience.ReadableAsync(caller, db, cancellationToken));
        var rows = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Position > after && (e.NoticeId == null
                ? e.TaskId == null || db.Tasks.Any(t => t.Id == e.TaskId)
                : readable.Any(n => n.Id == e.NoticeId)))
            .OrderBy(e => e.Position)
            .Take(limit)
            .Select(e => new { e.Id, Position = e.Position!.Value, e.Type, e.OccurredAt, e.Payload })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ChangeDto(EventId(r.Id), r.Position, r.Type, r.OccurredAt, JsonDocument.Parse(r.Payload).RootElement.Clone())).ToList();
        var last = items.Count > 0 ? items[^1].Position : after;
        return new ChangePage(items, Cursor.Encode(last.ToString(CultureInfo.InvariantCulture)));
    }

    public static string EventId(long id) => "evt_" + id.ToString(CultureInfo.InvariantCulture);
}
