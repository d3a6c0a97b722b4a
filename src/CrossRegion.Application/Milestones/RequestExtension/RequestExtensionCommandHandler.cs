using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.Common;
using MediatR;

namespace CrossRegion.Application.Milestones.RequestExtension;

public sealed class RequestExtensionCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<RequestExtensionCommand, Guid>
{
    public async Task<Guid> Handle(RequestExtensionCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadWithMilestoneAsync(db, request.Key, request.MilestoneId, cancellationToken);

        var party = PartyActor.OwningParty(caller, task, request.MilestoneId);
        var extension = task.RequestExtension(request.MilestoneId, party, request.DueDate!.Value, request.Reason!, caller.Name ?? "unknown", time.GetUtcNow());
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return extension.Id;
    }
}
