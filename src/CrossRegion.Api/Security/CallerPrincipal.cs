using System.Security.Claims;

namespace CrossRegion.Api.Security;

/// <summary>
/// Whose claims the current scope acts on: the request's authenticated principal, or, in a console circuit (which
/// outlives its request and has none), the signed-in person the circuit's authentication state names.
/// </summary>
internal sealed class CallerPrincipal(IHttpContextAccessor accessor)
{
    /// <summary>Set by the console's circuit handler for the life of a circuit.</summary>
    public ClaimsPrincipal? CircuitUser { get; set; }

    public ClaimsPrincipal? Current => CircuitUser ?? accessor.HttpContext?.User;
}
