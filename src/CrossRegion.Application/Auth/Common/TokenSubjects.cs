using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.Common;

/// <summary>What a token says about a person or a machine client, whichever server issues it.</summary>
public static class TokenSubjects
{
    /// <summary>A person: their city, unit and roles, and for joint-office staff the programmes of their offices today.</summary>
    public static async Task<TokenSubject> PersonAsync(
        IAppDbContext db, TimeProvider time, UserAccount user, string? requiredAction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var jurisdictions = user.JurisdictionCode is null ? Array.Empty<string>() : [user.JurisdictionCode];
        return new TokenSubject(
            CallerKind.User, user.Id.ToString(), user.UserName, jurisdictions, user.DepartmentId, user.Roles, ScopeNames.All, requiredAction,
            await JointOfficeProgrammesAsync(db, user, ShanghaiClock.Today(time), cancellationToken),
            user.OrganisationCode);
    }

    private static async Task<IReadOnlyList<string>?> JointOfficeProgrammesAsync(IAppDbContext db, UserAccount user, DateOnly today, CancellationToken cancellationToken)
    {
        if (!UserAccount.IsLimitedToOfficeProgrammes(user.Roles))
        {
            return null;
        }

        var offices = await db.JointOfficeAssignments.AsNoTracking()
            .Where(a => a.UserId == user.Id && a.StartsOn <= today && (a.EndsOn == null || today <= a.EndsOn))
            .Select(a => a.OfficeCode)
            .ToListAsync(cancellationToken);
        return await db.JointOffices.AsNoTracking().Where(o => offices.Contains(o.Code))
            .SelectMany(o => o.Programmes.Select(p => p.ProgrammeCode))
            .Distinct()
            .OrderBy(p => p)
            .ToListAsync(cancellationToken);
    }

    public static TokenSubject Client(ApiClient client, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new TokenSubject(CallerKind.Client, client.ClientId, client.ClientId, client.JurisdictionList, null, UserRoles.None, scopes);
    }
}
