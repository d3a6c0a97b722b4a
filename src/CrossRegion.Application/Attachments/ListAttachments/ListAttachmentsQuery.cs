using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Attachments.ListAttachments;

/// <summary>A task's attachments, oldest first, for every reader of the task (404 for a task the caller cannot see).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListAttachmentsQuery(string Key) : IRequest<IReadOnlyList<AttachmentDto>>;
