using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Hangfire;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// Hangfire's own dashboard at <c>/jobs</c>, for system administrators signed in to the console with nothing left to
/// do first (its cookie; anyone else is sent to the sign-in page). The console's 系统运行 page keeps the platform's view of the jobs (schedule,
/// pause, run now, the recorded runs) and links here for Hangfire's (queues, servers, retries, failures).
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/jobs";
    private const string Policy = "jobs-dashboard";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ConsoleSetup.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(CrossRegionClaims.Role, RoleNames.SystemAdministrator)

            // An administrator who still owes a step (enrolling two factors) does that first, as everywhere else.
            .RequireAssertion(context => !context.User.HasClaim(c => c.Type == CrossRegionClaims.RequiredAction))).Services;

    public static void MapJobsDashboard(this WebApplication app)
    {
        // An API-only node on the embedded database has no job store, and no dashboard.
        if (app.Services.GetService<JobStorage>() is not { } storage)
        {
            return;
        }

        app.MapHangfireDashboard(Path, new DashboardOptions
            {
                // The endpoint's policy decides; Hangfire's default filter would refuse every request not from localhost.
                Authorization = [],
                AsyncAuthorization = [],
                DashboardTitle = "CrossRegion · 后台作业 Jobs",
                AppPath = "/admin/system",
                DisplayStorageConnectionString = false,
            }, storage)
            .RequireAuthorization(Policy)
            .ExcludeFromDescription();
    }
}
