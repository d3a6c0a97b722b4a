using CrossRegion.Application.Jobs.Common;
using MediatR;

namespace CrossRegion.Application.Jobs.ListJobs;

public sealed class ListJobsQueryHandler(IJobAdmin jobs) : IRequestHandler<ListJobsQuery, IReadOnlyList<JobStatus>>
{
    public Task<IReadOnlyList<JobStatus>> Handle(ListJobsQuery request, CancellationToken cancellationToken) => jobs.ListAsync(cancellationToken);
}
