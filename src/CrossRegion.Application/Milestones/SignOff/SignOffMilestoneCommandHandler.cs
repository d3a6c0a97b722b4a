using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using MediatR;

namespace CrossRegion.Application.Milestones.SignOff;

public sealed class SignOffMilestoneCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<SignOffMilestoneCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(SignOffMilestoneCommand request, CancellationToken cancellationToken)
    {
        // Not a party: the task is invisible and this is a 404 like any unknown key.
        var task = await TaskLoader.LoadWithMilestoneAsync(db, request.Key, request.MilestoneId, cancellationToken);

        TaskConcurrency.RequireIfGiven(request.ExpectedVersion, task.Version);
        var now = time.GetUtcNow();
        var today = ShanghaiClock.Today(time);
        var by = caller.Name ?? "unknown";
        if (request.Action == MilestoneAction.Waive)
        {
            // A party's sign-off is waived by whoever runs the programme: the joint office, or a city for its own programme.
            await caller.EnsureRunsAsync(db, task.ProgrammeCode, cancellationToken);
        }

        _ = request.Action switch
        {
            MilestoneAction.Waive => task.WaiveSignOff(request.MilestoneId, request.Jurisdiction!, request.Text!, by, now, today),
            MilestoneAction.Reject => task.RejectMilestone(request.MilestoneId, PartyActor.OwningParty(caller, task, request.MilestoneId), request.Text!, by, now, today),
            _ => task.SignOffMilestone(request.MilestoneId, PartyActor.OwningParty(caller, task, request.MilestoneId), request.Text!, request.Link, by, now, today),
        };

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
