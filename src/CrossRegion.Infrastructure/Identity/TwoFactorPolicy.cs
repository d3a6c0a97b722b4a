using CrossRegion.Domain.Identity;
using Microsoft.Extensions.Configuration;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Which people must sign in with two factors: those holding a role in <c>Identity:TwoFactor:RequiredRoles</c>
/// (role names as in tokens; default: the three administrator roles). The documented demo accounts are exempt in demo mode:
/// they are for trying the product.
/// </summary>
internal sealed class TwoFactorPolicy(IConfiguration configuration, bool demoMode)
{
    private readonly UserRoles _required = RoleNames.Parse(
        configuration.GetSection("Identity:TwoFactor:RequiredRoles").Get<string[]>() ?? [RoleNames.SystemAdministrator, RoleNames.JointOfficeAdministrator, RoleNames.CityAdministrator]);

    public bool Requires(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var demo = demoMode && Persistence.Seed.DemoAccountSeeder.Accounts.Any(a => a.UserName == account.UserName);
        return !demo && (account.Roles & _required) != 0;
    }
}
