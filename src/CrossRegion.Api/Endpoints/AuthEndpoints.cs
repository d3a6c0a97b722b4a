using System.Text;
using CrossRegion.Application.Auth.ClientToken;
using CrossRegion.Application.Auth.CompleteSetup;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Auth.Login;
using CrossRegion.Application.Auth.Logout;
using CrossRegion.Application.Auth.Refresh;
using CrossRegion.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Endpoints;

internal sealed class AuthEndpoints : IEndpointGroup
{
    public const string RateLimitPolicy = "auth";

    /// <summary>What every kept-for-compatibility token endpoint says in the OpenAPI document.</summary>
    private const string StandardWay =
        "Kept for existing integrations. The standard way is OAuth 2.0 / OpenID Connect: POST /connect/token (client_credentials, " +
        "password, refresh_token), /connect/revoke (RFC 7009) and /connect/introspect (RFC 7662), discovered at " +
        "/.well-known/openid-configuration; any OAuth client library uses them. The claims are the same.";

    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(RateLimitPolicy).WithBodyLimit(BodyLimits.Auth);

        group.MapPost("/login", async (LoginCommand command, IMediator mediator, HttpContext context, CancellationToken ct) =>
                NoStore(context, await mediator.Send(command, ct)))
            .WithName("Login")
            .WithDescription(StandardWay)
            .WithSummary("Exchange a user name and password for an access token and a refresh token")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/refresh", async (RefreshTokenCommand command, IMediator mediator, HttpContext context, CancellationToken ct) =>
                NoStore(context, await mediator.Send(command, ct)))
            .WithName("RefreshToken")
            .WithDescription(StandardWay)
            .WithSummary("Rotate a refresh token; a reused one is rejected and revokes its whole family")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/logout", async (LogoutCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("Logout")
            .WithDescription(StandardWay)
            .WithSummary("Revoke the login a refresh token belongs to")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/setup", async (CompleteSetupCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("CompleteAccountSetup")
            .WithSummary("Set one's password with the one-time setup link an administrator issued (new account or reset); then sign in")
            .WithDescription("400 setup_link_invalid for a token that is unknown, used or expired (one answer for all three); 400 naming the rule for a password the policy refuses (the link stays usable).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/token", IssueClientToken)
            .WithName("ClientToken")
            .WithSummary("OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for provincial systems")
            .WithDescription("Form-encoded: grant_type=client_credentials, optional scope; client authentication by HTTP Basic or client_id/client_secret in the form. " + StandardWay)
            .Accepts<ClientTokenForm>("application/x-www-form-urlencoded")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Ok<TokenResponse>> IssueClientToken(HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BadRequestException("invalid_request", "The token request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(ct);
        var (clientId, secret) = BasicCredentials(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        var command = new ClientTokenCommand(form["grant_type"].ToString(), clientId, secret, form["scope"].ToString());
        return NoStore(request.HttpContext, await mediator.Send(command, ct));
    }

    // RFC 6749 §2.3.1: client_id and client_secret are form-urlencoded before Basic encoding.
    private static (string, string)? BasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0
                ? throw new AuthenticationFailedException("invalid_client", "Malformed Basic credentials.")
                : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            throw new AuthenticationFailedException("invalid_client", "Malformed Basic credentials.");
        }
    }

    internal static Ok<TokenResponse> NoStore(HttpContext context, TokenResponse response)
    {
        SetNoStore(context);
        return TypedResults.Ok(response);
    }

    /// <summary>Answers that carry tokens or secrets are never cached (RFC 6749 §5.1).</summary>
    internal static void SetNoStore(HttpContext context)
    {
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.Headers[HeaderNames.Pragma] = "no-cache";
    }
}
