using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;

namespace CrossRegion.Application.Milestones.RequestExtension;

public sealed class RequestExtensionCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<RequestExtensionCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(RequestExtensionCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadWithMilestoneAsync(db, request.Key, request.MilestoneId, cancellationToken);

        TaskConcurrency.RequireIfGiven(request.ExpectedVersion, task.Version);
        var party = PartyActor.OwningParty(caller, task, request.MilestoneId);
        task.RequestExtension(request.MilestoneId, party, request.DueDate!.Value, request.Reason!, caller.Name ?? "unknown", time.GetUtcNow());
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
