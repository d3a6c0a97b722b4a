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

    /// <summary>A department's head (部门负责人): reads the unit's tasks; receives the notices escalated to the head's rung and above.</summary>
    DepartmentHead = 32,

    /// <summary>A city's leader in charge (分管领导): reads the city's tasks; receives the notices escalated to that rung and above.</summary>
    CityLeader = 64,

    /// <summary>A city's administrator: its own departments, users and machine clients' secrets, nothing of another city.</summary>
    CityAdministrator = 128,

    /// <summary>The joint office's administrator: joint-office staff, observers, machine clients and every catalogue.</summary>
    JointOfficeAdministrator = 256,
}
