using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Reporting;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed class ListTasksQueryHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights)
    : IRequestHandler<ListTasksQuery, CursorPage<TaskSummaryDto>>
{
    public async Task<CursorPage<TaskSummaryDto>> Handle(ListTasksQuery request, CancellationToken cancellationToken)
    {
        var window = LightWindow.Of(time, calendar, lights);
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var fields = request.Fields is { Count: > 0 } asked
            ? await ListFieldFilter.ParseAsync(db, caller, request.ListType!, asked, cancellationToken)
            : [];
        // A joint task the caller cannot see has no contributions to show (an id no task has).
        var joint = request.ContributesTo is { } key
            ? await db.Tasks.Where(t => t.Key == key).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken) ?? Guid.Empty
            : (Guid?)null;
        // A task force the caller cannot see holds nothing for it (an id no task force has).
        var held = request.TaskForce is { } code
            ? db.TaskForceTasks.Where(l => l.TaskForceId == db.TaskForces.Where(f => f.Code == code).Select(f => f.Id).FirstOrDefault())
            : null;
        var query = TaskFilters.Apply(db.Tasks.AsNoTracking(), request, window, db.ProgressReports.AsNoTracking(), db.Programmes.AsNoTracking(), fields, joint, held);
        var open = db.Issues.AsNoTracking().Where(i => i.Status == IssueStatus.Open);
        if (request.OpenIssues is { } wanted)
        {
            query = wanted ? query.Where(t => open.Any(i => i.TaskId == t.Id)) : query.Where(t => !open.Any(i => i.TaskId == t.Id));
        }

        if (Cursor.TryDecode(request.Cursor, out var after))
        {
            // Translated by EF to `key > @after`; the key column uses ordinal (C / BINARY) collation on every provider.
#pragma warning disable CA1309
            query = query.Where(t => string.Compare(t.Key, after) > 0);
#pragma warning restore CA1309
        }

        // The page first (one row per task), then the parties of just those tasks: joining parties into the page
        // would multiply the rows. The page query stays free of per-row subqueries (report statuses, "has any
        // milestone"): measured in docs/benchmarks.md, they cost more than the two small queries that replace them.
        var rows = await query
            .OrderBy(t => t.Key)
            .Take(limit + 1)
            .Select(t => new TaskRow(
                t.Id,
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
                t.NextDueDate))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var worrying = db.ProgressReports.AsNoTracking().Where(r => r.IsCurrent && r.Status != ReportStatus.OnTrack);
        var parties = (await (
                    from p in db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).SelectMany(t => t.Parties)
                    join r in worrying on new { p.TaskId, p.JurisdictionCode } equals new { r.TaskId, r.JurisdictionCode } into reports
                    from r in reports.DefaultIfEmpty()
                    select new { p.TaskId, p.JurisdictionCode, p.Role, Reported = r == null ? (ReportStatus?)null : r.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.TaskId);

        // Only a task without open milestones needs to know whether it has any (all done, or none planned yet).
        var withoutOpen = rows.Where(r => r.NextDueDate is null).Select(r => r.Id).ToList();
        var hasMilestones = withoutOpen.Count == 0
            ? []
            : (await db.Tasks.AsNoTracking().Where(t => withoutOpen.Contains(t.Id) && t.Milestones.Any()).Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet();

        var openIssues = (await open.Where(i => ids.Contains(i.TaskId)).GroupBy(i => i.TaskId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);

        var hasMore = rows.Count > limit;
        var items = rows.Take(limit)
            .Select(r => r.ToDto(
                parties[r.Id].OrderBy(p => p.JurisdictionCode, StringComparer.Ordinal).Select(p => new TaskPartySummaryDto(p.JurisdictionCode, p.Role)).ToList(),
                window,
                hasMilestones.Contains(r.Id),
                parties[r.Id].Select(p => p.Reported).OfType<ReportStatus>().ToList()) with { OpenIssues = openIssues.GetValueOrDefault(r.Id) })
            .ToList();
        return new CursorPage<TaskSummaryDto>(items, hasMore ? Cursor.Encode(items[^1].Key) : null);
    }
}
