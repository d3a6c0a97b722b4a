using CrossRegion.Domain.Common;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Departments;

/// <summary>A unit of one jurisdiction (局/委/办, development zone, …) that does the work.</summary>
public sealed class Department
{
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

    public static Department Create(string code, string jurisdictionCode, string nameZh, string nameEn, string functionCode)
    {
        if (!JurisdictionCodes.IsKnown(jurisdictionCode))
        {
            throw new DomainRuleException("department.jurisdiction", $"未知的地区代码“{jurisdictionCode}”。", $"Unknown jurisdiction code '{jurisdictionCode}'.");
        }

        if (!DepartmentFunctions.IsKnown(functionCode))
        {
            throw new DomainRuleException("department.function", $"未知的职能代码“{functionCode}”。", $"Unknown function code '{functionCode}'.");
        }

        var trimmedCode = Guard.Text(code, "code", 48);
        if (!trimmedCode.StartsWith(jurisdictionCode + "-", StringComparison.Ordinal))
        {
            throw new DomainRuleException("department.code", $"部门代码“{code}”须以“{jurisdictionCode}-”开头。", $"Department code '{code}' must start with '{jurisdictionCode}-'.");
        }

        return new Department
        {
            Id = Guid.CreateVersion7(),
            Code = trimmedCode,
            JurisdictionCode = jurisdictionCode,
            NameZh = Guard.Text(nameZh, "name_zh", 128),
            NameEn = Guard.Text(nameEn, "name_en", 128),
            FunctionCode = functionCode,
        };
    }

    public void Rename(string nameZh, string nameEn)
    {
        NameZh = Guard.Text(nameZh, "name_zh", 128);
        NameEn = Guard.Text(nameEn, "name_en", 128);
    }
}
