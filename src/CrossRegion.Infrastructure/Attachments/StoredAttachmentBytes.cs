namespace CrossRegion.Infrastructure.Attachments;

/// <summary>An attachment's bytes kept in the database (Attachments:Store = database); not history, never audited.</summary>
internal sealed class StoredAttachmentBytes(Guid id, byte[] content)
{
    public Guid Id { get; private set; } = id;
    public byte[] Content { get; private set; } = content;
}
