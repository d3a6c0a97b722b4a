using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Who is acting, resolved from the validated access token (never from a header a caller can set).
/// </summary>
public interface ICurrentUser
{
    CallerKind Kind { get; }
    bool IsAuthenticated { get; }

    /// <summary>User id for people; null for clients and the system.</summary>
    Guid? UserId { get; }

    /// <summary>Login name for people, client id for machine clients, actor name for the system.</summary>
    string? Name { get; }

    /// <summary>The jurisdictions the caller acts for: one for a city user, the allowed list for a client, none for the joint office.</summary>
    IReadOnlyList<string> Jurisdictions { get; }

    Guid? DepartmentId { get; }
    UserRoles Roles { get; }
    IReadOnlyCollection<string> Scopes { get; }

    /// <summary>Joint office, observers, administrators and the system see every task.</summary>
    bool SeesAllTasks { get; }

    /// <summary>
    /// What a person must do before anything else (<see cref="RequiredActions"/>): change an initial or reset password,
    /// or enrol two-factor sign-in where their role requires it. Null when nothing is pending.
    /// </summary>
    string? RequiredAction => null;

    /// <summary>
    /// For joint-office staff, the programmes whose tasks they see, define and decide (those of the joint offices they
    /// are assigned to today; empty without an assignment). Null for everyone else: they are not limited by programme.
    /// </summary>
    IReadOnlyList<string>? JointOfficeProgrammes => null;

    /// <summary>
    /// For an observer of an organisation above or beside the cities (国家发展改革委, 国铁集团 …), its code: they see only
    /// the tasks that name it. Null for everyone else.
    /// </summary>
    string? Organisation => null;
}
