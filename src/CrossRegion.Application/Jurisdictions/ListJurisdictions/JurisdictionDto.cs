using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Application.Jurisdictions.ListJurisdictions;

public sealed record JurisdictionDto(
    string Code, string NameZh, string NameEn, string ProvinceZh, string ProvinceEn, JurisdictionKind Kind, IReadOnlyList<string> Programmes);
