using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>
/// The ledger (动态台账) the caller may see. Without <see cref="Status"/>, drafts and archived tasks are left out.
/// <see cref="Role"/> combines with <see cref="Jurisdiction"/> into one party when both are given.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListTasksQuery(
    string? Programme = null,
    string? Category = null,
    string? Jurisdiction = null,
    string? Role = null,
    string? Status = null,
    int? Year = null,
    bool? Overdue = null,
    string? Light = null,
    string? Q = null,
    int? Limit = null,
    string? Cursor = null) : IRequest<CursorPage<TaskSummaryDto>>;
