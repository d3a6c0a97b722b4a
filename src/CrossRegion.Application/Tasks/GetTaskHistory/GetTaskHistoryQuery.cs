using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

/// <summary>The audit history of one task, oldest first; every party (and the joint office) may read it.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetTaskHistoryQuery(string Key, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<AuditEntryDto>>;
