using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>A pillar of the programme, e.g. 共构基础设施网络 (infrastructure).</summary>
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

    public static Category Create(string code, string nameZh, string nameEn, int sortOrder) => new()
    {
        Code = Guard.Text(code, "code", 32),
        NameZh = Guard.Text(nameZh, "name_zh", 64),
        NameEn = Guard.Text(nameEn, "name_en", 128),
        SortOrder = sortOrder,
    };
}
