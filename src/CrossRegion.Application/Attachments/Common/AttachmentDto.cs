using CrossRegion.Domain.Evidence;

namespace CrossRegion.Application.Attachments.Common;

/// <param name="Jurisdiction">The party the uploader acted for; null for the joint office.</param>
/// <param name="MilestoneId">The milestone the file is evidence for; null for the task as a whole.</param>
/// <param name="AskId">The ask to a higher level the file documents; null otherwise.</param>
public sealed record AttachmentDto(
    Guid Id,
    Guid? MilestoneId,
    string? Jurisdiction,
    string FileName,
    AttachmentKind Kind,
    string ContentType,
    long Size,
    string Sha256,
    AttachmentScan Scan,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    Guid? AskId = null)
{
    public static AttachmentDto From(Attachment a) =>
        new(a.Id, a.MilestoneId, a.JurisdictionCode, a.FileName, a.Kind, a.ContentType, a.Size, a.Sha256, a.Scan, a.UploadedBy, a.UploadedAt, a.AskId);
}
