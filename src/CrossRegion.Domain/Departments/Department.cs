using CrossRegion.Domain.Common;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Departments;

/// <summary>
/// A unit of one jurisdiction (局/委/办, development zone, state-owned company …) that does the work. Units are
/// retired, never deleted: tasks, notices and the audit trail keep naming them.
/// </summary>
public sealed class Department
{
    public const int MaxAliases = 16;

    private readonly List<DepartmentAlias> _aliases = [];

    private Department()
    {
        Code = JurisdictionCode = NameZh = NameEn = FunctionCode = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable code, unique across all jurisdictions, e.g. <c>WZ-TRANSPORT</c>.</summary>
    public string Code { get; private set; }

    public string JurisdictionCode { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public string FunctionCode { get; private set; }
    public DepartmentKind Kind { get; private set; }

    /// <summary>The unit this one belongs to (e.g. a zone's economic development bureau under the zone), same city.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>When the unit was retired; a retired unit is not given new work or people, and is not matched by imports.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public IReadOnlyList<DepartmentAlias> Aliases => _aliases;

    public bool IsRetired => RetiredAt is not null;

    public static Department Create(
        string code, string jurisdictionCode, string nameZh, string nameEn, string functionCode, DepartmentKind kind = DepartmentKind.GovernmentDepartment)
    {
        if (!JurisdictionCodes.IsKnown(jurisdictionCode))
        {
            throw new DomainRuleException("department.jurisdiction", $"未知的地区代码“{jurisdictionCode}”。", $"Unknown jurisdiction code '{jurisdictionCode}'.");
        }

        var trimmedCode = Guard.Text(code, "code", 48);
        if (!trimmedCode.StartsWith(jurisdictionCode + "-", StringComparison.Ordinal))
        {
            throw new DomainRuleException("department.code", $"部门代码“{code}”须以“{jurisdictionCode}-”开头。", $"Department code '{code}' must start with '{jurisdictionCode}-'.");
        }

        var department = new Department
        {
            Id = Guid.CreateVersion7(),
            Code = trimmedCode,
            JurisdictionCode = jurisdictionCode,
        };
        department.Rename(nameZh, nameEn);
        department.Classify(functionCode, kind);
        return department;
    }

    public void Rename(string nameZh, string nameEn)
    {
        NameZh = Guard.Text(nameZh, "name_zh", 128);
        NameEn = Guard.Text(nameEn, "name_en", 128);
    }

    public void Classify(string functionCode, DepartmentKind kind)
    {
        if (!DepartmentFunctions.IsKnown(functionCode))
        {
            throw new DomainRuleException("department.function", $"未知的职能代码“{functionCode}”。", $"Unknown function code '{functionCode}'.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("department.kind", "未知的单位类别。", "Unknown kind of unit.");
        }

        FunctionCode = functionCode;
        Kind = kind;
    }

    /// <summary>
    /// Places the unit under <paramref name="parent"/> (or at the top with null). The parent is of the same city and
    /// not the unit itself or one of its own descendants (<paramref name="ancestorsOfParent"/>: the parent's chain upwards).
    /// </summary>
    public void MoveUnder(Department? parent, IReadOnlyCollection<Guid> ancestorsOfParent)
    {
        ArgumentNullException.ThrowIfNull(ancestorsOfParent);
        if (parent is not null && parent.JurisdictionCode != JurisdictionCode)
        {
            throw new DomainRuleException(
                "department.parent_jurisdiction", $"上级单位“{parent.Code}”不属于 {JurisdictionCode}。", $"Parent unit '{parent.Code}' does not belong to {JurisdictionCode}.");
        }

        if (parent is not null && (parent.Id == Id || ancestorsOfParent.Contains(Id)))
        {
            throw new DomainRuleException("department.parent_cycle", "单位不能隶属于自身或其下级单位。", "A unit cannot sit under itself or one of its own units.");
        }

        ParentId = parent?.Id;
    }

    /// <summary>Replaces the unit's short names and other names (trimmed, without repeats or its own full name).</summary>
    public void SetAliases(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.Select(n => Guard.Text(n, "aliases", 64)).Where(n => n != NameZh).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxAliases)
        {
            throw new DomainRuleException("department.aliases", $"别名最多 {MaxAliases} 个。", $"A unit has at most {MaxAliases} aliases.");
        }

        _aliases.RemoveAll(a => !list.Contains(a.Name, StringComparer.Ordinal));
        foreach (var name in list.Where(n => !_aliases.Exists(a => a.Name == n)))
        {
            _aliases.Add(new DepartmentAlias(Id, JurisdictionCode, name));
        }
    }

    /// <summary>Whether <paramref name="name"/> names this unit on its city's line: its full name, one of its aliases or its code.</summary>
    public bool IsNamed(string name) =>
        NameZh == name || _aliases.Exists(a => a.Name == name) || string.Equals(Code, name, StringComparison.OrdinalIgnoreCase);

    public void Retire(DateTimeOffset now) => RetiredAt ??= now;

    public void Reinstate() => RetiredAt = null;
}
