using System.Security.Claims;
using CrossRegion.Api.Security;
using CrossRegion.Application.Common.Interfaces;
using Microsoft.AspNetCore.Authentication;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// Signs a verified person into the console: a sign-in recorded by the token server (so that a logout, a disabled
/// account, a password change or an administrator's reset ends it as it ends their tokens) and a cookie carrying the
/// same claims as an access token, plus that sign-in's id.
/// </summary>
internal sealed class ConsoleSignIn(ITokenServerSessions sessions)
{
    /// <summary>The claim naming the console's sign-in (an authorization of the token server).</summary>
    public const string SignInClaim = "console_sid";

    public async Task SignInAsync(HttpContext http, TokenSubject subject)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(subject);
        var signIn = await sessions.BeginAsync(Guid.Parse(subject.Subject), http.RequestAborted);
        var identity = SubjectClaims.Identity(subject, ConsoleSetup.CookieScheme);
        identity.AddClaim(new Claim(Infrastructure.Identity.CrossRegionClaims.Scope, string.Join(' ', subject.Scopes)));
        identity.AddClaim(new Claim(SignInClaim, signIn));
        await http.SignInAsync(ConsoleSetup.CookieScheme, new ClaimsPrincipal(identity));
    }

    public async Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var result = await http.AuthenticateAsync(ConsoleSetup.CookieScheme);
        if (result.Principal?.FindFirstValue(SignInClaim) is { } signIn)
        {
            await sessions.EndAsync(signIn, http.RequestAborted);
        }

        await http.SignOutAsync(ConsoleSetup.CookieScheme);
    }

    /// <summary>Only a path of this site: never another origin (an open redirect), never a scheme-relative //host.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
