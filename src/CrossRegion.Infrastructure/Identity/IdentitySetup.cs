using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core Identity's user manager over our DbContext. The policy's defaults are here and configuration
/// (<c>Identity:Password:RequiredLength</c>, …) overrides them. Identity's lockout stays off for every account: a
/// lockout can be triggered by anyone who knows a user name, so sign-in is throttled per name and address instead
/// (ADR 0013).
/// </summary>
internal static class IdentitySetup
{
    public static void AddIdentityStore(IServiceCollection services, IConfiguration configuration, bool demoMode)
    {
        services.AddOptions<IdentityOptions>()
            .Configure(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                o.User.RequireUniqueEmail = false;
            })
            .Bind(configuration.GetSection("Identity"));
        services.AddIdentityCore<IdentityAccount>()
            .AddEntityFrameworkStores<Persistence.AppDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddTokenProvider<AuthenticatorTokenProvider<IdentityAccount>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddSingleton(new TwoFactorPolicy(configuration, demoMode));
        services.AddScoped<Application.Common.Interfaces.IAccountCredentials, IdentityCredentials>();
    }
}
