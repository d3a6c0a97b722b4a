using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Bulletins.GetBulletin;

/// <summary>One bulletin; its overdue items are those of tasks the caller sees (the counts are everyone's).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetBulletinQuery(Guid Id) : IRequest<BulletinDto>;
