using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Jobs.ListJobRuns;

/// <summary>Finished runs, newest first, of one job or all: node, manual or scheduled, outcome, duration, summary.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ListJobRunsQuery(string? Job = null, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<JobRunDto>>;
