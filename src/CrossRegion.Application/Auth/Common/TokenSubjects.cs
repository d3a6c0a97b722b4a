using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Auth.Common;

/// <summary>What a token says about a person or a machine client, whichever server issues it.</summary>
public static class TokenSubjects
{
    public static TokenSubject Person(UserAccount user, string? requiredAction, Guid? session = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var jurisdictions = user.JurisdictionCode is null ? Array.Empty<string>() : [user.JurisdictionCode];
        return new TokenSubject(CallerKind.User, user.Id.ToString(), user.UserName, jurisdictions, user.DepartmentId, user.Roles, ScopeNames.All, session, requiredAction);
    }

    public static TokenSubject Client(ApiClient client, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new TokenSubject(CallerKind.Client, client.ClientId, client.ClientId, client.JurisdictionList, null, UserRoles.None, scopes);
    }
}
