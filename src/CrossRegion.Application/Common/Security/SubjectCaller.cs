using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// A person as their token would describe them, for asking the rules about someone other than the caller (whose inbox
/// holds a notice: ADR 0029). Never the acting caller of a request.
/// </summary>
public sealed class SubjectCaller(TokenSubject subject) : ICurrentUser
{
    /// <summary>Roles that see every task (the joint office, observers, administrators); one rule with the API's callers.</summary>
    public const UserRoles SeeAllRoles = UserRoles.JointOfficeCoordinator | UserRoles.Observer | UserRoles.SystemAdministrator;

    public CallerKind Kind => subject.Kind;
    public bool IsAuthenticated => true;
    public Guid? UserId => Guid.TryParse(subject.Subject, out var id) ? id : null;
    public string? Name => subject.Name;
    public IReadOnlyList<string> Jurisdictions => subject.Jurisdictions;
    public Guid? DepartmentId => subject.DepartmentId;
    public UserRoles Roles => subject.Roles;
    public IReadOnlyCollection<string> Scopes => subject.Scopes;
    public bool SeesAllTasks => Kind == CallerKind.User && (Roles & SeeAllRoles) != 0;
    public IReadOnlyList<string>? JointOfficeProgrammes => subject.Programmes;
    public string? Organisation => subject.Organisation;
}
