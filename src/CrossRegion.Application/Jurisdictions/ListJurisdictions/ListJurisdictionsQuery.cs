using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Jurisdictions.ListJurisdictions;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListJurisdictionsQuery : IRequest<IReadOnlyList<JurisdictionDto>>;
