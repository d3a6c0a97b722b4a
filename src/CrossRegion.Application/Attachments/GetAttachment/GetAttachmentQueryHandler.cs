using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Attachments.GetAttachment;

public sealed class GetAttachmentQueryHandler(IAppDbContext db, IAttachmentStore store) : IRequestHandler<GetAttachmentQuery, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetAttachmentQuery request, CancellationToken cancellationToken)
    {
        // The attachment's visibility is its task's (the query filter); the key must be that task's too.
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == request.Id && db.Tasks.Any(t => t.Id == a.TaskId && t.Key == request.Key))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("attachment", request.Id.ToString());
        return new AttachmentFile(AttachmentDto.From(attachment), await store.OpenAsync(attachment.Id, cancellationToken));
    }
}
