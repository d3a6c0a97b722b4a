namespace CrossRegion.Domain.Jurisdictions;

public enum JurisdictionKind
{
    District = 1,
    PrefectureLevelCity = 2,
    County = 3,
}
