using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Attachments.GetAttachment;

/// <summary>One attachment's bytes, for exactly those who may read its task (404 for everyone else, as for an unknown id).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetAttachmentQuery(string Key, Guid Id) : IRequest<AttachmentFile>;
