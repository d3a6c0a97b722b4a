using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed class ListTasksQueryHandler(IAppDbContext db, TimeProvider time)
    : IRequestHandler<ListTasksQuery, CursorPage<TaskSummaryDto>>
{
    public async Task<CursorPage<TaskSummaryDto>> Handle(ListTasksQuery request, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var query = TaskFilters.Apply(db.Tasks.AsNoTracking(), request, today);
        if (Cursor.TryDecode(request.Cursor, out var after))
        {
            // Translated by EF to `key > @after`; the key column uses ordinal (C / BINARY) collation on every provider.
#pragma warning disable CA1309
            query = query.Where(t => string.Compare(t.Key, after) > 0);
#pragma warning restore CA1309
        }

        var rows = await query
            .OrderBy(t => t.Key)
            .Take(limit + 1)
            .Select(t => new TaskSummaryDto(
                t.Key,
                t.TitleZh,
                t.TitleEn,
                t.ListType,
                t.ProgrammeCode,
                t.CategoryCode,
                t.Status,
                t.PeriodText,
                t.StartYear,
                t.EndYear,
                t.Parent != null ? t.Parent.Key : null,
                t.Parties.OrderBy(p => p.JurisdictionCode).Select(p => new TaskPartySummaryDto(p.JurisdictionCode, p.Role)).ToList(),
                t.Milestones.Where(m => m.Status == MilestoneStatus.Open).Min(m => (DateOnly?)m.DueDate),
                t.Milestones.Count(m => m.Status == MilestoneStatus.Open && m.DueDate < today)))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > limit;
        var items = hasMore ? rows.Take(limit).ToList() : rows;
        return new CursorPage<TaskSummaryDto>(items, hasMore ? Cursor.Encode(items[^1].Key) : null);
    }
}
