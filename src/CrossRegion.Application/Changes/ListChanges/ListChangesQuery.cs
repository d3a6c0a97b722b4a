using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Changes.ListChanges;

/// <summary>
/// The change feed for systems that cannot take callbacks: events in feed order after <see cref="Cursor"/>, only
/// those of tasks the caller sees. <c>next_cursor</c> is always given (the same cursor when nothing is new), so a
/// poller keeps its place; no event is skipped or repeated between pages.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListChangesQuery(string? Cursor = null, int? Limit = null) : IRequest<ChangePage>;
