using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Organisations;

/// <summary>
/// A body above or beside the tenants that the documents name: national ministries, Chongqing and Sichuan provincial
/// bodies, state-owned enterprises. Not a tenant: it owns no units or tasks, but a task can name it as its lead unit,
/// as the addressee of what the cities ask for (争取), or as a party; an account of it sees only the tasks that name it.
/// </summary>
public sealed class Organisation
{
    private Organisation()
    {
        Code = NameZh = NameEn = string.Empty;
    }

    /// <summary>Stable code, e.g. <c>NDRC</c>, <c>CHINA-RAILWAY</c>, <c>SC-TRANSPORT</c>.</summary>
    public string Code { get; private set; }

    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public OrganisationKind Kind { get; private set; }

    /// <summary>Other names it goes by: a former name (重庆市交通局 before 2024) or a short form.</summary>
    public List<string> Aliases { get; private set; } = [];

    public bool IsNamed(string name) => NameZh == name || Aliases.Contains(name, StringComparer.Ordinal);

    public void SetAliases(IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var trimmed = aliases.Select(a => Guard.Text(a, "alias", 128)).Where(a => a != NameZh).Distinct(StringComparer.Ordinal).ToList();
        if (trimmed.Count > 16)
        {
            throw new DomainRuleException("organisation.aliases", "机构别名最多 16 个。", "An organisation has at most 16 aliases.");
        }

        Aliases = trimmed;
    }

    public static Organisation Create(string code, string nameZh, string nameEn, OrganisationKind kind)
    {
        var organisation = new Organisation { Code = Guard.Text(code, "code", 32) };
        organisation.Describe(nameZh, nameEn, kind);
        return organisation;
    }

    public void Describe(string nameZh, string nameEn, OrganisationKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("organisation.kind", "未知的机构类别。", "Unknown kind of organisation.");
        }

        NameZh = Guard.Text(nameZh, "name_zh", 128);
        NameEn = Guard.Text(nameEn, "name_en", 128);
        Kind = kind;
    }
}
