using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Reporting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Discussion.PostMessage;

public sealed class PostMessageCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<PostMessageCommand, MessageDto>
{
    public async Task<MessageDto> Handle(PostMessageCommand request, CancellationToken cancellationToken)
    {
        // Tracked, so the audit entry names the task by its key.
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        var jurisdiction = PartyActor.OwnJurisdiction(caller);
        var author = caller.Name ?? "unknown";
        var now = time.GetUtcNow();
        if (request.Kind == MessageKind.Comment)
        {
            var comment = new TaskComment(task.Id, jurisdiction, request.Text!, author, now);
            db.TaskComments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            return new MessageDto(comment.Id, comment.ActingFor, comment.Text, comment.AuthorName, comment.CreatedAt);
        }

        // A note belongs to one city: the caller must act for exactly one jurisdiction, and it must be a party.
        if (jurisdiction is null)
        {
            throw new ForbiddenAccessException(Localized.Text(
                "内部备注属于某一方：只有参与方本市的用户可以填写。", "A note belongs to one party: only a user of a party city may write one."));
        }

        var note = new TaskNote(task.Id, jurisdiction, request.Text!, author, now);
        db.TaskNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return new MessageDto(note.Id, note.JurisdictionCode, note.Text, note.AuthorName, note.CreatedAt);
    }
}
