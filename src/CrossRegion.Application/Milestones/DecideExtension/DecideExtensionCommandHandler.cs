using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;

namespace CrossRegion.Application.Milestones.DecideExtension;

public sealed class DecideExtensionCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<DecideExtensionCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(DecideExtensionCommand request, CancellationToken cancellationToken)
    {
        // Who runs the task's programme decides (the pipeline's stewardship rule, IStewardedTaskRequest).
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        TaskConcurrency.RequireIfGiven(request.ExpectedVersion, task.Version);
        if (!task.Milestones.Any(m => m.Extensions.Any(e => e.Id == request.RequestId)))
        {
            throw new NotFoundException("extension", request.RequestId.ToString());
        }

        task.DecideExtension(request.RequestId, request.Approve, request.Reason, caller.Name ?? "unknown", time.GetUtcNow());
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
