namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Where attachments' bytes live (Attachments:Store): the database (the default; the bytes commit with their row in
/// one transaction) or a folder (written before the row; the caller removes them again if the row is not saved).
/// The store never decides who may read: callers reach it only through an attachment row of a visible task.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Keeps the bytes under <paramref name="id"/>: staged for the next save (database) or written now (folder).</summary>
    Task PutAsync(Guid id, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Task<Stream> OpenAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Forgets the bytes at once (after their row is gone); unknown ids are ignored.</summary>
    Task RemoveAsync(Guid id, CancellationToken cancellationToken);
}
