using CrossRegion.Api.Security;
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
            .DisableAntiforgery();
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
        TokenSubject subject;
        try
        {
            subject = await SubjectAsync(http, request, mediator, cancellationToken);
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
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<TokenSubject> SubjectAsync(HttpContext http, OpenIddictRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        if (request.IsClientCredentialsGrantType())
        {
            return await mediator.Send(new DescribeClientQuery(request.ClientId!, request.Scope), cancellationToken);
        }

        if (request.IsPasswordGrantType())
        {
            return await mediator.Send(new VerifyPasswordCommand(request.Username, request.Password, request.GetParameter("otp")?.ToString()), cancellationToken);
        }

        if (request.IsRefreshTokenGrantType())
        {
            var previous = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = Guid.TryParse(previous.Principal?.GetClaim(Claims.Subject), out var id) ? id : Guid.Empty;
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
