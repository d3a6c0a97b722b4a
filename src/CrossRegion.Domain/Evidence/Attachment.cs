using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Evidence;

/// <summary>
/// 佐证材料: a file a party (or the joint office) attached to a task, to one of its milestones, or to one of its asks to a
/// higher level (the request sent up, the answer that came back). Every reader of the
/// task may download it; its bytes live in the attachment store, this row says what they are and who brought them.
/// </summary>
public sealed class Attachment
{
    private Attachment()
    {
        FileName = ContentType = Sha256 = UploadedBy = string.Empty;
    }

    public Attachment(
        Guid taskId, Guid? milestoneId, string? jurisdictionCode, string fileName, AttachmentKind kind, long size, string sha256, AttachmentScan scan, string uploadedBy, DateTimeOffset at,
        Guid? askId = null)
    {
        if (milestoneId is not null && askId is not null)
        {
            throw new DomainRuleException("attachment.target", "附件只能属于一个节点或一个争取事项。", "A file belongs to one milestone or one ask, not both.");
        }

        AskId = askId;
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        MilestoneId = milestoneId;
        JurisdictionCode = jurisdictionCode;
        FileName = Guard.Text(fileName, "file_name", 200);
        Kind = kind;
        ContentType = kind.ContentType();
        Size = size;
        Sha256 = sha256;
        Scan = scan;
        UploadedBy = uploadedBy;
        UploadedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }

    /// <summary>The milestone the file is evidence for; null for the task as a whole.</summary>
    public Guid? MilestoneId { get; private set; }

    /// <summary>The ask (争取事项) the file documents; null otherwise.</summary>
    public Guid? AskId { get; private set; }

    /// <summary>The party the uploader acted for; null for the joint office.</summary>
    public string? JurisdictionCode { get; private set; }

    public string FileName { get; private set; }

    /// <summary>What the content is, as read from its bytes (never the uploader's word).</summary>
    public AttachmentKind Kind { get; private set; }

    public string ContentType { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; }
    public AttachmentScan Scan { get; private set; }
    public string UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
}
