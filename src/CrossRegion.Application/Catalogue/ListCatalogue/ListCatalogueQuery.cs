using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Catalogue.ListCatalogue;

/// <summary>
/// The value sets that are data: the programmes (规划/合作机制) the caller may know of, the categories (领域) of every
/// scheme in their order, and the list types (清单类型) issued by those programmes.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListCatalogueQuery : IRequest<CatalogueDto>;

public sealed record CatalogueDto(IReadOnlyList<NamedCodeDto> Programmes, IReadOnlyList<NamedCodeDto> Categories, IReadOnlyList<NamedCodeDto> ListTypes);

/// <param name="Scheme">For a category, its taxonomy (pillar: the joint list's six; wz-positioning: the Wanzhou plan's goals).</param>
/// <param name="Owner">For a programme, the city whose own programme it is (null: joint).</param>
public sealed record NamedCodeDto(string Code, string NameZh, string NameEn, string? Scheme = null, string? Owner = null);
