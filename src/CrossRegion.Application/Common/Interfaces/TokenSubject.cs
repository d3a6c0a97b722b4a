using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>What an access token says about its bearer.</summary>
/// <param name="Programmes">For joint-office staff, the programmes their current office assignments run; null for everyone else.</param>
/// <param name="Organisation">For an organisation's observer, its code: they see only the tasks naming it.</param>
public sealed record TokenSubject(
    CallerKind Kind,
    string Subject,
    string Name,
    IReadOnlyList<string> Jurisdictions,
    Guid? DepartmentId,
    UserRoles Roles,
    IReadOnlyCollection<string> Scopes,
    string? RequiredAction = null,
    IReadOnlyList<string>? Programmes = null,
    string? Organisation = null);
