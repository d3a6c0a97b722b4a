using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;

namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

public sealed class ChangeTaskStatusCommandHandler(IAppDbContext db, TimeProvider time, TaskDetailReader details) : IRequestHandler<ChangeTaskStatusCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(ChangeTaskStatusCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var now = time.GetUtcNow();
        switch (request.Action)
        {
            case TaskStatusAction.Close:
                task.Close(now);
                break;
            case TaskStatusAction.Reopen:
                task.Reopen(request.Reason!, now);
                break;
            case TaskStatusAction.Accept:
                task.Accept(now);
                break;
            case TaskStatusAction.Reject:
                task.Reject(request.Reason!, now);
                break;
            default:
                task.Archive(request.Reason!, now);
                break;
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
