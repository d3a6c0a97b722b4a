using System.Globalization;
using System.Text.Json;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Changes;

/// <summary>
/// The change feed for systems that cannot take callbacks: events in feed order after <see cref="Cursor"/>, only
/// those of tasks the caller sees. <c>next_cursor</c> is always given (the same cursor when nothing is new), so a
/// poller keeps its place; no event is skipped or repeated between pages.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListChangesQuery(string? Cursor = null, int? Limit = null) : IRequest<ChangePage>;

public sealed record ChangePage(IReadOnlyList<ChangeDto> Items, string NextCursor);

/// <summary>One event: <see cref="Id"/> is also the <c>webhook-id</c> of its deliveries.</summary>
public sealed record ChangeDto(string Id, long Position, string Type, DateTimeOffset OccurredAt, JsonElement Data);

public sealed class ListChangesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListChangesQuery, ChangePage>
{
    public async Task<ChangePage> Handle(ListChangesQuery request, CancellationToken cancellationToken)
    {
        var after = ListChangesQueryValidator.PositionOf(request.Cursor) ?? 0;
        var limit = request.Limit ?? Common.Paging.Cursor.DefaultLimit;
        // One rule with GET /api/v1/notices/{id}: an event about a notice goes to whoever may read that notice.
        var readable = db.Notices.Where(NoticeAudience.Readable(caller, db));
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
        return new ChangePage(items, Common.Paging.Cursor.Encode(last.ToString(CultureInfo.InvariantCulture)));
    }

    public static string EventId(long id) => "evt_" + id.ToString(CultureInfo.InvariantCulture);
}

public sealed class ListChangesQueryValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    internal static long? PositionOf(string? cursor) =>
        Common.Paging.Cursor.TryDecode(cursor, out var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
}
