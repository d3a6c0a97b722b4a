using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Discussion.PostMessage;
using CrossRegion.Application.Milestones.RequestExtension;
using CrossRegion.Application.Milestones.SignOff;
using CrossRegion.Application.Reports.SubmitReport;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.ChangeTaskStatus;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;
using MediatR;

namespace CrossRegion.Application.Tasks.GetTaskActions;

public sealed class GetTaskActionsQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetTaskActionsQuery, TaskActionsDto>
{
    public async Task<TaskActionsDto> Handle(GetTaskActionsQuery request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        var party = PartyActor.SpeakingParty(caller, task);
        var signs = party is not null && task.IsActive && RequestPermission.Permits<SignOffMilestoneCommand>(caller);
        var extends = party is not null && task.IsActive && RequestPermission.Permits<RequestExtensionCommand>(caller);
        var posts = RequestPermission.Permits<PostMessageCommand>(caller);
        // Who runs the task's programme defines and decides it: the joint office, or a city's coordinators for its own.
        var office = RequestPermission.Permits<ChangeTaskStatusCommand>(caller) && await caller.RunsAsync(db, task.ProgrammeCode, cancellationToken);

        return new TaskActionsDto(
            party,
            task.Version,
            MayReport: party is not null && task.IsResponsibleParty(party) && RequestPermission.Permits<SubmitReportCommand>(caller),
            MayComment: posts,
            MayNote: posts && PartyActor.OwnJurisdiction(caller) is not null,
            MayWaive: task.IsActive && office,
            task.Milestones.OrderBy(m => m.SortOrder).Select(m => new MilestoneActionsDto(
                m.Id,
                MaySignOff: signs && m.IsOwnedBy(party!) && !m.HasConfirmed(party!),
                MayReject: signs && m.IsOwnedBy(party!),
                MayRequestExtension: extends && m.Status == MilestoneStatus.Open && m.IsOwnedBy(party!) && !m.HasPendingExtension(party!))).ToList(),
            MayDecideExtensions: office && task.Status is not (CoordinatedTaskStatus.Closed or CoordinatedTaskStatus.Archived or CoordinatedTaskStatus.Rejected),
            StatusActions: office ? StatusActions(task) : [],
            MayEdit: office);
    }

    // What ChangeTaskStatusCommand would take now, by the task's state (the domain's own rules).
    private static List<string> StatusActions(CoordinatedTask task)
    {
        var actions = new List<TaskStatusAction>();
        if (task.Status == CoordinatedTaskStatus.Draft)
        {
            actions.AddRange([TaskStatusAction.Accept, TaskStatusAction.Reject]);
        }

        if (task.IsActive && task.OpenMilestones == 0)
        {
            actions.Add(TaskStatusAction.Close);
        }

        if (task.Status == CoordinatedTaskStatus.Closed)
        {
            actions.Add(TaskStatusAction.Reopen);
        }

        if (task.Status != CoordinatedTaskStatus.Archived)
        {
            actions.Add(TaskStatusAction.Archive);
        }

        return actions.Select(EnumText.ToText).ToList();
    }
}
