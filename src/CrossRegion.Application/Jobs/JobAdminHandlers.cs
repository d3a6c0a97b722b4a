using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Jobs;

public sealed class ListJobsQueryHandler(IJobAdmin jobs) : IRequestHandler<ListJobsQuery, IReadOnlyList<JobStatus>>
{
    public Task<IReadOnlyList<JobStatus>> Handle(ListJobsQuery request, CancellationToken cancellationToken) => jobs.ListAsync(cancellationToken);
}

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

public sealed class ControlJobCommandHandler(IJobAdmin jobs, ICurrentUser caller) : IRequestHandler<ControlJobCommand, IReadOnlyList<JobStatus>>
{
    public async Task<IReadOnlyList<JobStatus>> Handle(ControlJobCommand request, CancellationToken cancellationToken)
    {
        var done = request.Action switch
        {
            JobAction.Pause => await jobs.PauseAsync(request.Job, caller.Name ?? "unknown", cancellationToken),
            JobAction.Resume => await jobs.ResumeAsync(request.Job, cancellationToken),
            _ => await jobs.RunNowAsync(request.Job, cancellationToken),
        };
        return done ? await jobs.ListAsync(cancellationToken) : throw new NotFoundException("job", request.Job);
    }
}

public sealed class ListJobRunsQueryValidator : AbstractValidator<ListJobRunsQuery>
{
    public ListJobRunsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
    }
}
