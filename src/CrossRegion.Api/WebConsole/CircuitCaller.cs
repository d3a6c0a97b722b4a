using CrossRegion.Api.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// Gives the use cases a circuit runs the person the circuit is signed in as (there is no request in a circuit to
/// read a principal from), and follows that person when the authentication state changes (an ended sign-in).
/// </summary>
internal sealed class CircuitCaller(AuthenticationStateProvider authentication, CallerPrincipal caller) : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += Changed;
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        caller.CircuitUser = (await authentication.GetAuthenticationStateAsync()).User;

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;

    private void Changed(Task<AuthenticationState> state) => _ = FollowAsync(state);

    private async Task FollowAsync(Task<AuthenticationState> state) => caller.CircuitUser = (await state).User;
}
