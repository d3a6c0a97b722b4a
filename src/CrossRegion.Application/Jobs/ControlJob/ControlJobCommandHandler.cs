using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Jobs.Common;
using MediatR;

namespace CrossRegion.Application.Jobs.ControlJob;

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
