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

    /// <summary>
    /// For a city's own programme (万州区2023年五张清单), that city; null for a joint programme. An own programme's tasks
    /// are the city's alone: only its own users see them, unless the city shares the programme with a joint office.
    /// </summary>
    public string? OwnerJurisdiction { get; private set; }

    /// <summary>The joint office an own programme is shared with; its staff, and observers, then see the programme.</summary>
    public string? SharedWithOffice { get; private set; }

    /// <summary>An own programme no joint office shares: out of the joint bulletin, the ranking and the four-city dashboard.</summary>
    public bool IsPrivate => OwnerJurisdiction is not null && SharedWithOffice is null;

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

    /// <summary>A city's own programme: the city is its only member.</summary>
    public static Programme CreateOwn(string code, string nameZh, string nameEn, string ownerCode)
    {
        if (!JurisdictionCodes.IsKnown(ownerCode))
        {
            throw new DomainRuleException("programme.unknown_member", $"未知的地区代码“{ownerCode}”。", $"Unknown jurisdiction code '{ownerCode}'.");
        }

        var programme = new Programme
        {
            Code = Guard.Text(code, "code", 16),
            NameZh = Guard.Text(nameZh, "name_zh", 64),
            NameEn = Guard.Text(nameEn, "name_en", 64),
            OwnerJurisdiction = ownerCode,
        };
        programme._members.Add(new ProgrammeMember(programme.Code, ownerCode));
        return programme;
    }

    /// <summary>The owner city shares its programme with a joint office (the office adds it to its programmes).</summary>
    public void ShareWith(JointOffice office)
    {
        ArgumentNullException.ThrowIfNull(office);
        EnsureOwn();
        SharedWithOffice = office.Code;
    }

    public void Unshare()
    {
        EnsureOwn();
        SharedWithOffice = null;
    }

    private void EnsureOwn()
    {
        if (OwnerJurisdiction is null)
        {
            throw new DomainRuleException("programme.joint", $"{Code} 是联合项目群，不需要共享。", $"{Code} is a joint programme; it is not shared.");
        }
    }

    public bool Includes(string jurisdictionCode) => _members.Exists(m => m.JurisdictionCode == jurisdictionCode);
}
