using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Attachments.RemoveAttachment;

public sealed class RemoveAttachmentCommandHandler(IAppDbContext db, ICurrentUser caller, IAttachmentStore store) : IRequestHandler<RemoveAttachmentCommand>
{
    public async Task<Unit> Handle(RemoveAttachmentCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == request.Id && a.TaskId == task.Id, cancellationToken)
            ?? throw new NotFoundException("attachment", request.Id.ToString());
        var speaksFor = caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator) ? null : PartyActor.SpeakingParty(caller, task);
        if ((speaksFor is null && !caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator)) || speaksFor != attachment.JurisdictionCode)
        {
            throw new ForbiddenAccessException(Localized.Text("只有上传该附件的一方可以撤回。", "Only the party that attached the file may take it back."));
        }

        task.EnsureActive();
        if (attachment.MilestoneId is { } milestone && speaksFor is not null && task.Milestones.Single(m => m.Id == milestone).HasConfirmed(speaksFor))
        {
            throw new DomainRuleException(
                "attachment.confirmed", "本方已凭此材料会签该节点，材料不能撤回（可先驳回该节点）。", "Your party signed the milestone on this evidence; it stays (reject the milestone first).");
        }

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        await store.RemoveAsync(attachment.Id, cancellationToken);
        return Unit.Value;
    }
}
