using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>What an access token says about its bearer; a user's <paramref name="SessionId"/> is its login (refresh-token family).</summary>
public sealed record TokenSubject(
    CallerKind Kind,
    string Subject,
    string Name,
    IReadOnlyList<string> Jurisdictions,
    Guid? DepartmentId,
    UserRoles Roles,
    IReadOnlyCollection<string> Scopes,
    Guid? SessionId = null,
    string? RequiredAction = null);
