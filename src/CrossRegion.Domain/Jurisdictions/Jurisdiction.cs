using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Jurisdictions;

/// <summary>A city, district or county taking part in the joint programme: one tenant.</summary>
public sealed class Jurisdiction
{
    private Jurisdiction()
    {
        Code = NameZh = NameEn = ProvinceZh = ProvinceEn = string.Empty;
    }

    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public string ProvinceZh { get; private set; }
    public string ProvinceEn { get; private set; }
    public JurisdictionKind Kind { get; private set; }
    public int SortOrder { get; private set; }

    public static Jurisdiction Create(
        string code, string nameZh, string nameEn, string provinceZh, string provinceEn, JurisdictionKind kind, int sortOrder)
    {
        if (!JurisdictionCodes.IsKnown(code))
        {
            throw new DomainRuleException("jurisdiction.unknown", $"未知的地区代码“{code}”。", $"Unknown jurisdiction code '{code}'.");
        }

        return new Jurisdiction
        {
            Code = code,
            NameZh = Guard.Text(nameZh, "name_zh", 64),
            NameEn = Guard.Text(nameEn, "name_en", 64),
            ProvinceZh = Guard.Text(provinceZh, "province_zh", 64),
            ProvinceEn = Guard.Text(provinceEn, "province_en", 64),
            Kind = kind,
            SortOrder = sortOrder,
        };
    }
}
