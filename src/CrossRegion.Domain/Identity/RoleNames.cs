namespace CrossRegion.Domain.Identity;

/// <summary>Role names as they appear in tokens.</summary>
public static class RoleNames
{
    public const string DepartmentOfficer = "department_officer";
    public const string CityCoordinator = "city_coordinator";
    public const string JointOfficeCoordinator = "joint_office_coordinator";
    public const string Observer = "observer";
    public const string SystemAdministrator = "system_administrator";
    public const string DepartmentHead = "department_head";
    public const string CityLeader = "city_leader";
    public const string CityAdministrator = "city_administrator";
    public const string JointOfficeAdministrator = "joint_office_administrator";

    private static readonly (UserRoles Role, string Name)[] Map =
    [
        (UserRoles.DepartmentOfficer, DepartmentOfficer),
        (UserRoles.CityCoordinator, CityCoordinator),
        (UserRoles.JointOfficeCoordinator, JointOfficeCoordinator),
        (UserRoles.Observer, Observer),
        (UserRoles.SystemAdministrator, SystemAdministrator),
        (UserRoles.DepartmentHead, DepartmentHead),
        (UserRoles.CityLeader, CityLeader),
        (UserRoles.CityAdministrator, CityAdministrator),
        (UserRoles.JointOfficeAdministrator, JointOfficeAdministrator),
    ];

    /// <summary>Every role name, in the order of the flags.</summary>
    public static IReadOnlyList<string> All => Map.Select(m => m.Name).ToList();

    public static bool IsKnown(string? name) => Array.Exists(Map, m => m.Name == name);

    public static IReadOnlyList<string> ToNames(UserRoles roles) =>
        Map.Where(m => roles.HasFlag(m.Role)).Select(m => m.Name).ToList();

    public static UserRoles Parse(IEnumerable<string> names)
    {
        var roles = UserRoles.None;
        foreach (var name in names)
        {
            var match = Array.Find(Map, m => m.Name == name);
            roles |= match.Role;
        }

        return roles;
    }
}
