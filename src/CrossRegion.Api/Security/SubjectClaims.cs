using System.Security.Claims;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;

namespace CrossRegion.Api.Security;

/// <summary>
/// The claims that describe a caller, whatever carries them (an access token of the token server, the console's
/// cookie): <c>sub</c>, <c>name</c>, <c>typ_caller</c>, <c>jur</c>, <c>dept</c>, <c>role</c>, and for some people
/// <c>req_action</c>, <c>org</c>, <c>prg</c>. <see cref="ClaimsCurrentUser"/> reads them back.
/// </summary>
internal static class SubjectClaims
{
    public const string Subject = "sub";

    public static ClaimsIdentity Identity(TokenSubject subject, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var identity = new ClaimsIdentity(authenticationType, CrossRegionClaims.Name, CrossRegionClaims.Role);
        identity.AddClaim(new Claim(Subject, subject.Subject));
        identity.AddClaim(new Claim(CrossRegionClaims.Name, subject.Name));
        identity.AddClaim(new Claim(CrossRegionClaims.Kind, subject.Kind == CallerKind.Client ? "client" : "user"));
        identity.AddClaims(subject.Jurisdictions.Select(j => new Claim(CrossRegionClaims.Jurisdiction, j)));
        identity.AddClaims(RoleNames.ToNames(subject.Roles).Select(r => new Claim(CrossRegionClaims.Role, r)));
        if (subject.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(CrossRegionClaims.Department, department.ToString()));
        }

        if (subject.RequiredAction is { } action)
        {
            identity.AddClaim(new Claim(CrossRegionClaims.RequiredAction, action));
        }

        if (subject.Organisation is { } organisation)
        {
            identity.AddClaim(new Claim(CrossRegionClaims.Organisation, organisation));
        }

        identity.AddClaims((subject.Programmes ?? []).Select(p => new Claim(CrossRegionClaims.Programme, p)));
        return identity;
    }
}
