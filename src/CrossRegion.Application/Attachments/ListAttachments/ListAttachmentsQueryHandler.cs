using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Attachments.ListAttachments;

public sealed class ListAttachmentsQueryHandler(IAppDbContext db) : IRequestHandler<ListAttachmentsQuery, IReadOnlyList<AttachmentDto>>
{
    public async Task<IReadOnlyList<AttachmentDto>> Handle(ListAttachmentsQuery request, CancellationToken cancellationToken)
    {
        var taskId = await db.Tasks.Where(t => t.Key == request.Key).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        var rows = await db.Attachments.AsNoTracking().Where(a => a.TaskId == taskId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(AttachmentDto.From).ToList();
    }
}
