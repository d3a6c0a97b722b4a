using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

public sealed class ChangeTaskStatusCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details) : IRequestHandler<ChangeTaskStatusCommand, TaskDetailDto>
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
                (await AssignmentOfAsync(task.Id, cancellationToken))?.Accept(caller.Name ?? "unknown", now);
                break;
            case TaskStatusAction.Reject:
                task.Reject(request.Reason!, now);
                (await AssignmentOfAsync(task.Id, cancellationToken))?.Reject(request.Reason!, caller.Name ?? "unknown", now);
                break;
            default:
                task.Archive(request.Reason!, now);
                break;
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }

    // A draft handed down from above follows the joint office's decision in the same transaction (ADR 0028).
    private Task<Domain.Integration.InboundAssignment?> AssignmentOfAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.InboundAssignments.SingleOrDefaultAsync(a => a.TaskId == taskId, cancellationToken);
}
