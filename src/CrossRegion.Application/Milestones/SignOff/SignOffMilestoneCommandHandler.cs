using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Milestones.SignOff;

public sealed class SignOffMilestoneCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<SignOffMilestoneCommand, int>
{
    public async Task<int> Handle(SignOffMilestoneCommand request, CancellationToken cancellationToken)
    {
        // Not a party: the task is invisible and this is a 404 like any unknown key.
        var task = await db.Tasks
            .Include(t => t.Parties).ThenInclude(p => p.Departments)
            .Include(t => t.Milestones).ThenInclude(m => m.Owners)
            .Include(t => t.Milestones).ThenInclude(m => m.SignOffs)
            .SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        if (!task.Milestones.Any(m => m.Id == request.MilestoneId))
        {
            throw new NotFoundException("milestone", request.MilestoneId.ToString());
        }

        var now = time.GetUtcNow();
        var today = ShanghaiClock.Today(time);
        var by = caller.Name ?? "unknown";
        _ = request.Action switch
        {
            MilestoneAction.Waive => task.WaiveSignOff(request.MilestoneId, JointOffice(request), request.Text!, by, now, today),
            MilestoneAction.Reject => task.RejectMilestone(request.MilestoneId, OwningParty(task, request.MilestoneId), request.Text!, by, now, today),
            _ => task.SignOffMilestone(request.MilestoneId, OwningParty(task, request.MilestoneId), request.Text!, request.Link, by, now, today),
        };

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException(
                Localized.Text("任务刚被他人修改，请重试。", "The task changed at the same moment; retry."), required: false);
        }

        return task.Version;
    }

    // Only an owning party speaks, through one of its responsible units or its city coordinator; a party that can
    // see the task but does not own the milestone is refused (403), not hidden.
    private string OwningParty(CoordinatedTask task, Guid milestoneId)
    {
        var jurisdiction = caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;
        var party = jurisdiction is null ? null : task.FindParty(jurisdiction);
        var owns = task.Milestones.Single(m => m.Id == milestoneId).Owners.Any(o => o.JurisdictionCode == jurisdiction);
        var allowed = party is not null && owns && (caller.Roles.HasFlag(UserRoles.CityCoordinator)
            || (caller.DepartmentId is { } department && party.Departments.Any(d => d.DepartmentId == department)));
        return allowed ? jurisdiction! : throw new ForbiddenAccessException(Localized.Text(
            "只有本方责任单位或本市协调人可以会签。", "Only a responsible unit of the party, or its city coordinator, may sign off."));
    }

    private string JointOffice(SignOffMilestoneCommand request) =>
        caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator)
            ? request.Jurisdiction!
            : throw new ForbiddenAccessException(Localized.Text("只有联合办公室可以豁免会签。", "Only the joint office may waive a sign-off."));
}
