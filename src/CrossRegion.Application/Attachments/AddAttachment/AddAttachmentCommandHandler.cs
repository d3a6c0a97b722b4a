using System.Security.Cryptography;
using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Evidence;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Attachments.AddAttachment;

public sealed class AddAttachmentCommandHandler(IAppDbContext db, ICurrentUser caller, IAttachmentStore store, IAttachmentScanner scanner, TimeProvider time)
    : IRequestHandler<AddAttachmentCommand, AttachmentDto>
{
    public async Task<AttachmentDto> Handle(AddAttachmentCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        if (request.MilestoneId is { } milestone && task.Milestones.All(m => m.Id != milestone))
        {
            throw new NotFoundException("milestone", milestone.ToString());
        }

        if (request.MilestoneId is not null && request.AskId is not null)
        {
            throw new BadRequestException("attachment_target", Localized.Text("附件只能属于一个节点或一个争取事项。", "A file belongs to one milestone or one ask, not both."));
        }

        var party = request.AskId is { } askId ? await AskPartyAsync(task, askId, cancellationToken) : Party(task, request.MilestoneId);
        task.EnsureActive();
        var name = AttachmentContent.CleanName(request.FileName!);
        var kind = AttachmentContent.Identify(request.Content, name);
        var verdict = await scanner.ScanAsync(request.Content, cancellationToken);
        if (verdict.Threat is { } threat)
        {
            throw new DomainRuleException("attachment.infected", $"文件未通过病毒扫描（{threat}），未保存。", $"The file failed the virus scan ({threat}) and was not stored.");
        }

        var attachment = new Attachment(
            task.Id, request.MilestoneId, party, name, kind, request.Content.Length, Convert.ToHexStringLower(SHA256.HashData(request.Content.Span)),
            verdict.Scan, caller.Name ?? "unknown", time.GetUtcNow(), request.AskId);
        db.Attachments.Add(attachment);
        await store.PutAsync(attachment.Id, request.Content, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // A folder store wrote the bytes already: without their row nobody could reach them, so they go too.
            await store.RemoveAsync(attachment.Id, CancellationToken.None);
            throw;
        }

        return AttachmentDto.From(attachment);
    }

    // An ask's documents come from whoever may act on it (its submitting cities' people, whoever runs the programme).
    private async Task<string?> AskPartyAsync(Domain.Tasks.CoordinatedTask task, Guid askId, CancellationToken cancellationToken)
    {
        var ask = await db.Asks.AsNoTracking().SingleOrDefaultAsync(a => a.Id == askId && a.TaskId == task.Id, cancellationToken)
            ?? throw new NotFoundException("ask", askId.ToString());
        await Asks.AskAccess.EnsureMayActAsync(db, caller, task, ask.Submitters, cancellationToken);
        return caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator) ? null : PartyActor.SpeakingParty(caller, task);
    }

    // The joint office attaches for itself (no party); a city's person speaks for their party, which must own the
    // milestone the file is evidence for.
    private string? Party(Domain.Tasks.CoordinatedTask task, Guid? milestoneId)
    {
        if (caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            return null;
        }

        return milestoneId is { } id
            ? PartyActor.OwningParty(caller, task, id)
            : PartyActor.SpeakingParty(caller, task) ?? throw new ForbiddenAccessException(Localized.Text(
                "只有该任务参与方的责任单位或本市协调人可以上传附件。", "Only a party's responsible unit or its city coordinator may attach files to this task."));
    }
}
