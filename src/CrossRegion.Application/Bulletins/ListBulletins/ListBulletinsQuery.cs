using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Bulletins.ListBulletins;

/// <summary>
/// Bulletins the caller may read, newest first: the joint ones, and a city's own to that city's people and clients;
/// <c>period</c> narrows to one period's versions, <c>scope</c> to the joint bulletins or one city's.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListBulletinsQuery(string? Period = null, string? Scope = null) : IRequest<IReadOnlyList<BulletinSummaryDto>>;
