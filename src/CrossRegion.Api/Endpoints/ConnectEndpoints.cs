using CrossRegion.Api.OpenApi;
using System.Security.Claims;
using CrossRegion.Api.Security;
using CrossRegion.Api.WebConsole;
using CrossRegion.Application.Auth.DescribeClient;
using CrossRegion.Application.Auth.DescribePerson;
using CrossRegion.Application.Auth.VerifyPassword;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Infrastructure.Identity.OpenId;
using MediatR;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OAuthErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// The token endpoint of the standard server (<c>/connect/token</c>, and the compatible addresses
/// <c>/api/v1/auth/login|refresh|token</c> mapped in <see cref="AuthEndpoints"/>). OpenIddict has already parsed the
/// request, authenticated the client and checked any refresh token (signature, expiry, revocation, reuse); this
/// decides who the token is for through the Auth use cases, and OpenIddict then issues it. Discovery, JWKS,
/// revocation and introspection are OpenIddict's own.
/// </summary>
internal sealed class ConnectEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", (HttpContext http, IMediator mediator, IOptions<OpenIdOptions> options, CancellationToken ct) =>
                ExchangeAsync(http, mediator, options, standard: true, ct))
            .AllowAnonymous()
            .RequireRateLimiting(AuthEndpoints.RateLimitPolicy)
            .WithBodyLimit(BodyLimits.Auth)
            .WithTags("Auth")
            .WithName("ConnectToken")
            .WithSummary("OAuth 2.0 token endpoint (RFC 6749): client_credentials, refresh_token (rotated; a reused one revokes the sign-in), password; see /.well-known/openid-configuration")
            .Accepts<ConnectTokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .DisableAntiforgery();

        // The authorization-code flow (PKCE) of other systems' browser and native applications: people sign in on the
        // console's page; the code is for the person signed in there, with that person's visibility. Browser redirects,
        // not API operations: left out of the OpenAPI document (its OAuth2 scheme names the address; discovery lists it).
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("ConnectAuthorize")
            .ExcludeFromDescription()
            .WithSummary("OpenID Connect authorization endpoint (code flow with PKCE, registered public clients); signs people in on the console's page")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .DisableAntiforgery();
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
            {
                // OpenIddict has validated the access token; the person it names, as OpenID Connect's standard claims.
                var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
                var name = principal?.GetClaim(Infrastructure.Identity.CrossRegionClaims.Name);
                var claims = new Dictionary<string, string?> { [Claims.Subject] = principal?.GetClaim(Claims.Subject) };
                if (principal?.HasScope(Scopes.Profile) == true)
                {
                    claims[Claims.Name] = claims[Claims.PreferredUsername] = name;
                }

                return Results.Json(claims);
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("ConnectUserInfo")
            .WithAccessToken()
            .WithSummary("OpenID Connect userinfo endpoint: the signed-in person's subject, and name with the profile scope")
            .Produces<Dictionary<string, string>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, ConsoleSignIn signIn) =>
            {
                await signIn.SignOutAsync(http);
                return Results.SignOut(
                    new AuthenticationProperties { RedirectUri = "/account/login?ended=true" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            })
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("ConnectLogout")
            .ExcludeFromDescription()
            .WithSummary("OpenID Connect end-session endpoint: ends the console's sign-in, then returns to the client's registered post_logout_redirect_uri")
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, IMediator mediator, IOptions<OpenIdOptions> options, ConsoleSignIn signIn, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new BadRequestException("invalid_request", Localized.Text("不是 OpenID Connect 授权请求。", "This is not an OpenID Connect authorization request."));
        var signedIn = await http.AuthenticateAsync(ConsoleSetup.CookieScheme);
        if (!signedIn.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(OAuthErrors.LoginRequired, Localized.Text("需要登录。", "The person is not signed in."));
            }

            // prompt=login asks for a fresh sign-in: end the current one, and come back without asking again.
            if (signedIn.Succeeded)
            {
                await signIn.SignOutAsync(http);
            }

            var parameters = (http.Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)http.Request.Form : http.Request.Query)
                .Where(p => p.Key != Parameters.Prompt)
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [ConsoleSetup.CookieScheme]);
        }

        var person = Guid.Parse(signedIn.Principal!.FindFirst(SubjectClaims.Subject)!.Value);
        var subject = await mediator.Send(new DescribePersonQuery(person), cancellationToken);
        var principal = TokenPrincipal.For(subject, options.Value.Audience, offline: request.HasScope(Scopes.OfflineAccess));

        Grant(principal, request.GetScopes());
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The scopes asked for that the subject holds, and OpenID Connect's own; with <c>profile</c> the name also goes
    /// into the id_token.
    /// </summary>
    private static void Grant(ClaimsPrincipal principal, IEnumerable<string> asked)
    {
        principal.SetScopes(asked.Intersect([.. principal.GetScopes(), Scopes.OpenId, Scopes.Profile]));
        principal.SetDestinations(claim => claim.Type == Infrastructure.Identity.CrossRegionClaims.Name && principal.HasScope(Scopes.Profile)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
    }

    /// <summary>
    /// Decides and signs in. On the standard address a refusal is an OAuth error object (RFC 6749 §5.2), which any
    /// client library reads; on a compatible one the exception becomes the RFC 9457 problem it always was.
    /// </summary>
    internal static async Task<IResult> ExchangeAsync(
        HttpContext http, IMediator mediator, IOptions<OpenIdOptions> options, bool standard, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new BadRequestException("invalid_request", Localized.Text("不是 OAuth 2.0 令牌请求。", "This is not an OAuth 2.0 token request."));
        // A code or refresh token carries the sign-in it continues (OpenIddict validated it): whom, and what was granted.
        var previous = ContinuesASignIn(request) ? (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal : null;
        TokenSubject subject;
        try
        {
            subject = await SubjectAsync(request, previous, mediator, cancellationToken);
        }
        catch (AuthenticationFailedException failed) when (standard)
        {
            // RFC 6749 §5.2: a standard client reads these as OAuth errors (a throttled sign-in stays 429 with Retry-After).
            return Refuse(failed.Code is OAuthErrors.InvalidClient or "two_factor_required" ? failed.Code : OAuthErrors.InvalidGrant, failed.Message);
        }
        catch (BadRequestException bad) when (standard && bad.Code is OAuthErrors.InvalidScope or OAuthErrors.UnsupportedGrantType or OAuthErrors.InvalidRequest)
        {
            return Refuse(bad.Code, bad.Message);
        }
        catch (FluentValidation.ValidationException invalid) when (standard)
        {
            return Refuse(OAuthErrors.InvalidRequest, string.Join(' ', invalid.Errors.Select(e => e.ErrorMessage)));
        }

        var principal = TokenPrincipal.For(subject, options.Value.Audience, offline: subject.Kind == CallerKind.User);
        if (ContinuesASignIn(request))
        {
            // What the sign-in was granted and no more: a code flow's client asked for some scopes (and the person may
            // have lost one since; the subject was described afresh).
            Grant(principal, previous?.GetScopes() ?? []);
        }

        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static bool ContinuesASignIn(OpenIddictRequest request) => request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType();

    private static async Task<TokenSubject> SubjectAsync(
        OpenIddictRequest request, ClaimsPrincipal? previous, IMediator mediator, CancellationToken cancellationToken)
    {
        if (request.IsClientCredentialsGrantType())
        {
            return await mediator.Send(new DescribeClientQuery(request.ClientId!, request.Scope), cancellationToken);
        }

        if (request.IsPasswordGrantType())
        {
            return await mediator.Send(new VerifyPasswordCommand(request.Username, request.Password, request.GetParameter("otp")?.ToString()), cancellationToken);
        }

        if (ContinuesASignIn(request))
        {
            var user = Guid.TryParse(previous?.GetClaim(Claims.Subject), out var id) ? id : Guid.Empty;
            return await mediator.Send(new DescribePersonQuery(user), cancellationToken);
        }

        throw new BadRequestException(OAuthErrors.UnsupportedGrantType, Localized.Text("不支持该授权类型。", "This grant type is not supported."));
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
