using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Organisations.Common;
using MediatR;

namespace CrossRegion.Application.Organisations.ListOrganisations;

/// <summary>The organisations above and beside the cities that tasks can name (国家发展改革委, 国铁集团, 四川省交通运输厅 …).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListOrganisationsQuery : IRequest<IReadOnlyList<OrganisationDto>>;
