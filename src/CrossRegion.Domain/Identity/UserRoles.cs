namespace CrossRegion.Domain.Identity;

[Flags]
public enum UserRoles
{
    None = 0,

    /// <summary>A department's officer: works on the tasks of its own jurisdiction.</summary>
    DepartmentOfficer = 1,

    /// <summary>A city's coordinator: all of its own jurisdiction's units.</summary>
    CityCoordinator = 2,

    /// <summary>Joint-office staff: across all four jurisdictions.</summary>
    JointOfficeCoordinator = 4,

    /// <summary>Read-only across all four, e.g. a provincial body.</summary>
    Observer = 8,

    SystemAdministrator = 16,
}
