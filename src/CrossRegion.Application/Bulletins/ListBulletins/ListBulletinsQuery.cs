using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Bulletins.ListBulletins;

/// <summary>Bulletins, newest first; <c>period</c> narrows to one period's versions.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListBulletinsQuery(string? Period = null) : IRequest<IReadOnlyList<BulletinSummaryDto>>;
