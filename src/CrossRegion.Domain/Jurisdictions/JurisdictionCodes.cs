namespace CrossRegion.Domain.Jurisdictions;

/// <summary>The four tenants. Codes are stable identifiers used in tokens, URLs and data files.</summary>
public static class JurisdictionCodes
{
    public const string Wanzhou = "WZ";
    public const string Dazhou = "DZ";
    public const string Kaizhou = "KZ";
    public const string Yunyang = "YY";

    public static readonly IReadOnlyList<string> All = [Wanzhou, Dazhou, Kaizhou, Yunyang];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
