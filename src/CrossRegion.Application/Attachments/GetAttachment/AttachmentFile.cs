using CrossRegion.Application.Attachments.Common;

namespace CrossRegion.Application.Attachments.GetAttachment;

/// <summary>An attachment and a stream of its bytes; the receiver disposes the stream.</summary>
public sealed record AttachmentFile(AttachmentDto Attachment, Stream Content);
