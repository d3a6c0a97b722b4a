using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Infrastructure.Attachments;

/// <summary>
/// The bytes as files under a folder every node shares, one per attachment (<c>ab/abcdef….bin</c>), written to a
/// temporary name and moved into place, so a reader never sees half a file. File names never come from uploaders.
/// </summary>
internal sealed class FolderAttachmentStore(string root) : IAttachmentStore
{
    public async Task PutAsync(Guid id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        return File.Exists(path)
            ? Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            : throw new NotFoundException("attachment", id.ToString());
    }

    public Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(root, name[..2], name + ".bin");
    }
}
