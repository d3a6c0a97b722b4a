namespace CrossRegion.Domain.Departments;

/// <summary>What sort of unit a department is; the official lists name all of these as 责任单位.</summary>
public enum DepartmentKind
{
    /// <summary>A government department (局/委/办/部).</summary>
    GovernmentDepartment = 1,

    /// <summary>A development zone or new area (经开区, 高新区, 新区) with its own management committee.</summary>
    DevelopmentZone = 2,

    /// <summary>A state-owned company (e.g. 三峡保税公司).</summary>
    StateOwnedCompany = 3,

    Other = 4,
}
