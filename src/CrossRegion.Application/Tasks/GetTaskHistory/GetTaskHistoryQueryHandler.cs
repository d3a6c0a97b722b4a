using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Tasks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

public sealed class GetTaskHistoryQueryHandler(IAppDbContext db) : IRequestHandler<GetTaskHistoryQuery, CursorPage<AuditEntryDto>>
{
    public async Task<CursorPage<AuditEntryDto>> Handle(GetTaskHistoryQuery request, CancellationToken cancellationToken)
    {
        // The task must be visible to the caller; its history is then readable by every party alike.
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var after = Cursor.TryDecode(request.Cursor, out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : 0;

        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.TaskId == taskId && a.Sequence > after)
            .OrderBy(a => a.Sequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        var items = rows
            .Select(a => new AuditEntryDto(
                a.Sequence,
                a.At,
                new AuditActorDto(a.ActorKind, a.ActorName, a.ActingFor, a.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                a.Action,
                HistoryNames.Part(a.EntityType),
                a.EntityId,
                HistoryNames.Changes(a.Changes),
                a.PreviousHash,
                a.Hash))
            .ToList();
        return CursorPage.Of(items, limit, e => e.Sequence.ToString(CultureInfo.InvariantCulture));
    }
}
