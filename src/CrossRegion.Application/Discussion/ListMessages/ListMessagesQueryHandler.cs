using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Application.Tasks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Discussion.ListMessages;

public sealed class ListMessagesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListMessagesQuery, CursorPage<MessageDto>>
{
    public async Task<CursorPage<MessageDto>> Handle(ListMessagesQuery request, CancellationToken cancellationToken)
    {
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var after = TimeCursor.TryDecode(request.Cursor, out var position) ? position : (TimeCursor?)null;
        var (at, id) = (after?.At ?? DateTimeOffset.MaxValue, after?.Id ?? Guid.Empty);

        // Newest first by (time, id); the cursor is the last (time, id) shown.
        IQueryable<MessageDto> messages;
        if (request.Kind == MessageKind.Comment)
        {
            messages = db.TaskComments.AsNoTracking()
                .Where(c => c.TaskId == taskId && (after == null || c.CreatedAt < at || (c.CreatedAt == at && c.Id.CompareTo(id) < 0)))
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .Select(c => new MessageDto(c.Id, c.ActingFor, c.Text, c.AuthorName, c.CreatedAt));
        }
        else
        {
            var own = PartyActor.OwnJurisdiction(caller) ?? throw new ForbiddenAccessException(Localized.Text(
                "内部备注只对本方人员可见：只有参与方本市的用户可以查看，对接系统不可。", "Notes are internal to a party: only the people of a party city read its notes, not machine clients."));
            messages = db.TaskNotes.AsNoTracking()
                .Where(n => n.TaskId == taskId && n.JurisdictionCode == own && (after == null || n.CreatedAt < at || (n.CreatedAt == at && n.Id.CompareTo(id) < 0)))
                .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .Select(n => new MessageDto(n.Id, n.JurisdictionCode, n.Text, n.AuthorName, n.CreatedAt));
        }

        var rows = await messages.Take(limit + 1).ToListAsync(cancellationToken);
        return CursorPage.Of(rows, limit, m => new TimeCursor(m.CreatedAt, m.Id));
    }
}
