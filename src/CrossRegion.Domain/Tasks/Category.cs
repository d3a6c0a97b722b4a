using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A class of tasks in one scheme: the joint list's pillars (共构基础设施网络 …, scheme <c>pillar</c>) or a plan's own
/// taxonomy (the Wanzhou plan's positioning goals 全国综合交通物流枢纽 …, which its lists print as 所属领域). Both are data.
/// </summary>
public sealed class Category
{
    private Category()
    {
        Code = NameZh = NameEn = string.Empty;
    }

    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>The taxonomy it belongs to.</summary>
    public string Scheme { get; private set; } = PillarScheme;

    public const string PillarScheme = "pillar";

    public static Category Create(string code, string nameZh, string nameEn, int sortOrder, string scheme = PillarScheme) => new()
    {
        Scheme = Guard.Text(scheme, "scheme", 32),
        Code = Guard.Text(code, "code", 32),
        NameZh = Guard.Text(nameZh, "name_zh", 64),
        NameEn = Guard.Text(nameEn, "name_en", 128),
        SortOrder = sortOrder,
    };
}
