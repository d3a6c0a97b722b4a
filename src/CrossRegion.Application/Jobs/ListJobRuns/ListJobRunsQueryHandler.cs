using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Jobs.ListJobRuns;

public sealed class ListJobRunsQueryHandler(IAppDbContext db) : IRequestHandler<ListJobRunsQuery, CursorPage<JobRunDto>>
{
    public async Task<CursorPage<JobRunDto>> Handle(ListJobRunsQuery request, CancellationToken cancellationToken)
    {
        var runs = db.JobRuns.AsNoTracking();
        if (request.Job is { } job)
        {
            runs = runs.Where(r => r.Job == job);
        }

        if (TimeCursor.TryDecode(request.Cursor, out var after))
        {
            runs = runs.Where(r => r.StartedAt < after.At || (r.StartedAt == after.At && r.Id.CompareTo(after.Id) < 0));
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var rows = await runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(limit + 1)
            .Select(r => new JobRunDto(r.Id, r.Job, r.Node, r.Manual, r.StartedAt, r.FinishedAt, r.DurationMs, r.Outcome, r.Summary))
            .ToListAsync(cancellationToken);
        return CursorPage.Of(rows, limit, r => new TimeCursor(r.StartedAt, r.Id));
    }
}
