using CrossRegion.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// A person's credentials in ASP.NET Core Identity's store: user name, password hash, security stamp, two-factor and
/// the rest of Identity's columns. It shares its id with the <see cref="Domain.Identity.UserAccount"/> that says who
/// the person is in the organisation (city, unit, roles, active); the two are written in one save.
/// </summary>
public sealed class IdentityAccount : IdentityUser<Guid>
{
    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    /// <summary>Set for an initial or administrator-reset password: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>The credentials row of an account, with no password yet and Identity's lockout off (ADR 0013: the sign-in throttle instead).</summary>
    public static IdentityAccount For(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new IdentityAccount
        {
            Id = account.Id,
            UserName = account.UserName,
            NormalizedUserName = Normalizer.NormalizeName(account.UserName),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = false,
        };
    }
}
