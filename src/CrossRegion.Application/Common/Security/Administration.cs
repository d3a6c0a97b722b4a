using System.Linq.Expressions;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Who administers what (the table in docs/security.md): a system administrator everything; a joint-office
/// administrator the joint-office staff, observers, machine clients and every city's catalogue; a city administrator
/// its own city's departments, users and clients' secrets. An object the caller does not administer is answered as
/// one that does not exist (404); creating in a city the caller does not administer, or granting a role it may not
/// grant, is 403.
/// </summary>
public static class Administration
{
    /// <summary>The roles that administer something.</summary>
    public const UserRoles Administrators = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator | UserRoles.CityAdministrator;

    /// <summary>Administers every city's catalogue (system and joint-office administrators, and the system itself).</summary>
    public static bool AdministersAllCities(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Kind == CallerKind.System
            || (caller.Kind == CallerKind.User && (caller.Roles & (UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)) != 0);
    }

    public static bool AdministersCity(this ICurrentUser caller, string? jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.AdministersAllCities()
            || (caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.CityAdministrator) && jurisdiction is not null && caller.Jurisdictions.Contains(jurisdiction));
    }

    /// <summary>403 unless the caller administers <paramref name="jurisdiction"/>: for creating there.</summary>
    public static void EnsureAdministersCity(this ICurrentUser caller, string jurisdiction)
    {
        if (!caller.AdministersCity(jurisdiction))
        {
            throw new ForbiddenAccessException(Localized.Text($"您不能管理 {jurisdiction} 的组织与账号。", $"You do not administer {jurisdiction}."));
        }
    }

    public static bool IsSystemAdministrator(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Kind == CallerKind.System || (caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.SystemAdministrator));
    }

    /// <summary>The roles the caller may grant (and so the people it administers: those holding no other role).</summary>
    public static UserRoles GrantableRoles(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsSystemAdministrator())
        {
            return UserAccount.AllRoles;
        }

        var roles = UserRoles.None;
        if (caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.JointOfficeAdministrator))
        {
            roles |= UserAccount.JointOfficeRoles;
        }

        if (caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.CityAdministrator))
        {
            roles |= UserAccount.CityRoles;
        }

        return roles;
    }

    /// <summary>403 unless the caller may grant every role of <paramref name="roles"/> in <paramref name="jurisdiction"/>.</summary>
    public static void EnsureMayGrant(this ICurrentUser caller, UserRoles roles, string? jurisdiction)
    {
        var beyond = roles & ~caller.GrantableRoles();
        if (beyond != UserRoles.None)
        {
            var names = string.Join(", ", RoleNames.ToNames(beyond));
            throw new ForbiddenAccessException(Localized.Text($"您不能授予角色：{names}。", $"You may not grant the roles: {names}."));
        }

        if ((roles & UserAccount.CityRoles) != 0 && !caller.IsSystemAdministrator() && !caller.AdministersCityPeople(jurisdiction))
        {
            throw new ForbiddenAccessException(Localized.Text($"您不能管理 {jurisdiction} 的账号。", $"You do not administer the people of {jurisdiction}."));
        }
    }

    /// <summary>The people the caller administers, as a predicate the database evaluates.</summary>
    public static Expression<Func<UserAccount, bool>> AdministeredPeople(this ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsSystemAdministrator())
        {
            return u => true;
        }

        var jointOffice = caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.JointOfficeAdministrator);
        var city = caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.CityAdministrator) && caller.Jurisdictions.Count == 1
            ? caller.Jurisdictions[0]
            : null;
        const UserRoles notJointOffice = ~UserAccount.JointOfficeRoles;
        const UserRoles notCity = ~UserAccount.CityRoles;
        return u => (jointOffice && (u.Roles & notJointOffice) == 0)
            || (city != null && u.JurisdictionCode == city && (u.Roles & notCity) == 0);
    }

    // A city's people are administered by that city's administrator only (a joint-office administrator runs the
    // joint office's people and the catalogues, not a city's officers).
    private static bool AdministersCityPeople(this ICurrentUser caller, string? jurisdiction) =>
        caller.Kind == CallerKind.User && caller.Roles.HasFlag(UserRoles.CityAdministrator) && jurisdiction is not null && caller.Jurisdictions.Contains(jurisdiction);
}
