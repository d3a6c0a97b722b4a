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
    /// <summary>Roles that belong to one city (and only those a city administrator may grant).</summary>
    public const UserRoles CityRoles =
        UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.DepartmentHead | UserRoles.CityLeader | UserRoles.CityAdministrator;

    /// <summary>Roles across the cities (and only those a joint-office administrator may grant).</summary>
    public const UserRoles JointOfficeRoles = UserRoles.JointOfficeCoordinator | UserRoles.Observer | UserRoles.JointOfficeAdministrator;

    public const UserRoles AllRoles = CityRoles | JointOfficeRoles | UserRoles.SystemAdministrator;

    private const UserRoles CityBound = CityRoles;
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

    /// <summary>
    /// The organisation above or beside the cities (国家发展改革委, 国铁集团 …) whose observer the person is: they see only
    /// the tasks that name it. Null for everyone else.
    /// </summary>
    public string? OrganisationCode { get; private set; }

    /// <summary>Optional, for notices by email.</summary>
    public string? Email { get; private set; }

    /// <summary>Optional, for notices by SMS.</summary>
    public string? Phone { get; private set; }

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>
    /// Joint-office staff see and run only the programmes of the offices they are assigned to; observers and system
    /// administrators read every programme even when they also hold the joint-office role (ADR 0015).
    /// </summary>
    public static bool IsLimitedToOfficeProgrammes(UserRoles roles) =>
        roles.HasFlag(UserRoles.JointOfficeCoordinator) && (roles & (UserRoles.Observer | UserRoles.SystemAdministrator)) == 0;

    public static UserAccount Create(
        string userName, string displayName, UserRoles roles, string? jurisdictionCode, Department? department, DateTimeOffset now)
    {
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = NormalizeUserName(Guard.Text(userName, "username", 64)),
            IsActive = true,
            CreatedAt = now,
        };
        account.Assign(displayName, roles, jurisdictionCode, department);
        return account;
    }

    /// <summary>Changes what the person is in the organisation: name, roles, city and unit, under the same rules as at creation.</summary>
    public void Assign(string displayName, UserRoles roles, string? jurisdictionCode, Department? department)
    {
        if (roles == UserRoles.None)
        {
            throw new DomainRuleException("user.roles", "用户至少要有一个角色。", "A user needs at least one role.");
        }

        if ((roles & CityBound) != 0 && !JurisdictionCodes.IsKnown(jurisdictionCode))
        {
            throw new DomainRuleException("user.jurisdiction", "城市角色（部门经办人、协调人、城市管理员等）须属于某一地区。", "City roles (department officers, coordinators, city administrators …) belong to a jurisdiction.");
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

        if (OrganisationCode is not null && (roles != UserRoles.Observer || jurisdictionCode is not null))
        {
            throw new DomainRuleException(
                "user.organisation", "机构账号只能是观察员（observer），且不属于任何地区。", "An organisation's account is an observer and nothing else, of no city.");
        }

        DisplayName = Guard.Text(displayName, "display_name", 128);
        Roles = roles;
        JurisdictionCode = jurisdictionCode;
        DepartmentId = department?.Id;
    }

    /// <summary>
    /// Makes the person an observer for an organisation of the catalogue (the caller has checked it exists), or
    /// removes that limit with null. Such a person is an observer and nothing else, of no city.
    /// </summary>
    public void ObserveFor(string? organisationCode)
    {
        if (organisationCode is not null && (Roles != UserRoles.Observer || JurisdictionCode is not null))
        {
            throw new DomainRuleException(
                "user.organisation", "机构账号只能是观察员（observer），且不属于任何地区。", "An organisation's account is an observer and nothing else, of no city.");
        }

        OrganisationCode = organisationCode;
    }

    /// <summary>Sets or clears the contact details; blank clears.</summary>
    public void SetContact(string? email, string? phone)
    {
        Email = Guard.OptionalText(email, "email", 254);
        Phone = Guard.OptionalText(phone, "phone", 32);
    }

    public void RecordSuccessfulLogin(DateTimeOffset now) => LastLoginAt = now;

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
