using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Jobs.ListJobs;

/// <summary>Every job with its schedule, state and next / previous fire times.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ListJobsQuery : IRequest<IReadOnlyList<JobStatus>>;
