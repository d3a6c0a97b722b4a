using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Catalogue.ListCatalogue;

/// <summary>The value sets that are data: the programmes (规划/合作机制) and the ledger's categories (领域), in their order.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListCatalogueQuery : IRequest<CatalogueDto>;

public sealed record CatalogueDto(IReadOnlyList<NamedCodeDto> Programmes, IReadOnlyList<NamedCodeDto> Categories);

public sealed record NamedCodeDto(string Code, string NameZh, string NameEn);
