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
