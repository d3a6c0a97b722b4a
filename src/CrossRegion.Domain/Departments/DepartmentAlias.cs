namespace CrossRegion.Domain.Departments;

/// <summary>
/// A short name or other name a unit goes by on its city's line of an official list (区交通局 on a Wanzhou line is
/// 万州区交通局). Unique within a jurisdiction: the same short name names different units in different cities.
/// </summary>
public sealed class DepartmentAlias
{
    internal DepartmentAlias(Guid departmentId, string jurisdictionCode, string name)
    {
        DepartmentId = departmentId;
        JurisdictionCode = jurisdictionCode;
        Name = name;
    }

    public Guid DepartmentId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public string Name { get; private set; }
}
