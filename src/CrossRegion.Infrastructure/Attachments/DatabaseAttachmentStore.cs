using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Attachments;

/// <summary>The bytes in the database, saved in the same transaction as their attachment row: never one without the other.</summary>
internal sealed class DatabaseAttachmentStore(AppDbContext db) : IAttachmentStore
{
    public Task PutAsync(Guid id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        db.AttachmentBytes.Add(new StoredAttachmentBytes(id, content.ToArray()));
        return Task.CompletedTask;
    }

    public async Task<Stream> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var content = await db.AttachmentBytes.AsNoTracking().Where(b => b.Id == id).Select(b => b.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("attachment", id.ToString());
        return new MemoryStream(content, writable: false);
    }

    public Task RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        db.AttachmentBytes.Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
}
