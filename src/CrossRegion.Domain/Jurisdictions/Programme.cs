using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Jurisdictions;

/// <summary>A named group of jurisdictions, e.g. 万达开 (WZ+DZ+KZ) or 万开云 (WZ+KZ+YY).</summary>
public sealed class Programme
{
    private readonly List<ProgrammeMember> _members = [];

    private Programme()
    {
        Code = NameZh = NameEn = string.Empty;
    }

    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public IReadOnlyList<ProgrammeMember> Members => _members;

    public static Programme Create(string code, string nameZh, string nameEn, IEnumerable<string> memberCodes)
    {
        var programme = new Programme
        {
            Code = Guard.Text(code, "code", 16),
            NameZh = Guard.Text(nameZh, "name_zh", 64),
            NameEn = Guard.Text(nameEn, "name_en", 64),
        };
        foreach (var member in memberCodes.Distinct(StringComparer.Ordinal))
        {
            if (!JurisdictionCodes.IsKnown(member))
            {
                throw new DomainRuleException("programme.unknown_member", $"未知的地区代码“{member}”。", $"Unknown jurisdiction code '{member}'.");
            }

            programme._members.Add(new ProgrammeMember(programme.Code, member));
        }

        if (programme._members.Count < 2)
        {
            throw new DomainRuleException("programme.members", "一个合作板块至少包含两个地区。", "A programme joins at least two jurisdictions.");
        }

        return programme;
    }

    public bool Includes(string jurisdictionCode) => _members.Exists(m => m.JurisdictionCode == jurisdictionCode);
}
