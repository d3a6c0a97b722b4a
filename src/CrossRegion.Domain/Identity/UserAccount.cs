using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Identity;

/// <summary>
/// A person who logs in, as the organisation knows them: a city's department officer or coordinator, joint-office
/// staff, an observer or an administrator, with their city, unit and roles. The credentials (password, two-factor)
/// are Identity's, in a row of their own with the same id.
/// </summary>
public sealed class UserAccount
{
    private const UserRoles CityBound = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.DepartmentHead | UserRoles.CityLeader;
    private const UserRoles UnitBound = UserRoles.DepartmentOfficer | UserRoles.DepartmentHead;

    private UserAccount()
    {
        UserName = DisplayName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-case login name, unique.</summary>
    public string UserName { get; private set; }

    public string DisplayName { get; private set; }
    public string? JurisdictionCode { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public UserRoles Roles { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? LastLoginAt { get; private set; }

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();

    public static UserAccount Create(
        string userName, string displayName, UserRoles roles, string? jurisdictionCode, Department? department, DateTimeOffset now)
    {
        if (roles == UserRoles.None)
        {
            throw new DomainRuleException("user.roles", "用户至少要有一个角色。", "A user needs at least one role.");
        }

        if ((roles & CityBound) != 0 && !JurisdictionCodes.IsKnown(jurisdictionCode))
        {
            throw new DomainRuleException("user.jurisdiction", "部门经办人和城市协调人须属于某一地区。", "Department officers and city coordinators belong to a jurisdiction.");
        }

        if ((roles & UnitBound) != 0 && department is null)
        {
            throw new DomainRuleException("user.department", "部门经办人须属于某一部门。", "A department officer belongs to a department.");
        }

        if (department is not null && department.JurisdictionCode != jurisdictionCode)
        {
            throw new DomainRuleException(
                "user.department_jurisdiction", $"部门“{department.Code}”不属于 {jurisdictionCode}。", $"Department '{department.Code}' does not belong to {jurisdictionCode}.");
        }

        var name = NormalizeUserName(Guard.Text(userName, "username", 64));
        return new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = name,
            DisplayName = Guard.Text(displayName, "display_name", 128),
            Roles = roles,
            JurisdictionCode = jurisdictionCode,
            DepartmentId = department?.Id,
            IsActive = true,
            CreatedAt = now,
        };
    }

    public void RecordSuccessfulLogin(DateTimeOffset now) => LastLoginAt = now;

    public void Deactivate() => IsActive = false;
}
