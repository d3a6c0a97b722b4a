using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Discussion.Common;
using MediatR;

namespace CrossRegion.Application.Discussion.ListMessages;

/// <summary>A task's comments (every party) or the caller's own city's notes, newest first.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListMessagesQuery(string Key, MessageKind Kind, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<MessageDto>>;
