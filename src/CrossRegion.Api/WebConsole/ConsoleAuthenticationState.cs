using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// A circuit outlives the request that opened it: every <c>Console:RevalidateSeconds</c> it asks again whether the
/// sign-in stands, so a disabled account or an ended session leaves the console without waiting for a page load.
/// </summary>
internal sealed class ConsoleAuthenticationState(ILoggerFactory loggers, IServiceScopeFactory scopes, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(configuration.GetValue("Console:RevalidateSeconds", 30));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ConsoleSetup.StandsAsync(scope.ServiceProvider, authenticationState.User, cancellationToken);
    }
}
