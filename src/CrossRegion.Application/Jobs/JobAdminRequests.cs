using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Jobs;

/// <summary>Every job with its schedule, state and next / previous fire times.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ListJobsQuery : IRequest<IReadOnlyList<JobStatus>>;

/// <summary>Finished runs, newest first, of one job or all: node, manual or scheduled, outcome, duration, summary.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ListJobRunsQuery(string? Job = null, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<JobRunDto>>;

public sealed record JobRunDto(Guid Id, string Job, string Node, bool Manual, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, long DurationMs, string Outcome, string? Summary);

public enum JobAction
{
    Pause,
    Resume,
    RunNow,
}

/// <summary>Pause or resume a job's schedule (cluster-wide), or queue one run now.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ControlJobCommand(string Job, JobAction Action) : IRequest<IReadOnlyList<JobStatus>>;
