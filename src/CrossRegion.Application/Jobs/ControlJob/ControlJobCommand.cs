using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Jobs.ControlJob;

/// <summary>Pause or resume a job's schedule (cluster-wide), or queue one run now.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record ControlJobCommand(string Job, JobAction Action) : IRequest<IReadOnlyList<JobStatus>>;
