using CrossRegion.Api.Security;
using CrossRegion.Application.Auth.CompleteSetup;
using CrossRegion.Infrastructure.Identity.OpenId;
using MediatR;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using static CrossRegion.Api.Security.CompatibleTokenEndpoints;

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

        // OpenIddict has read, checked and (for a refresh) validated these requests before they arrive here
        // (CompatibleTokenEndpoints); what follows decides and signs in, exactly as /connect/token does.
        group.MapPost(LoginPath["/api/v1/auth".Length..], Exchange)
            .WithName("Login")
            .WithDescription(StandardWay)
            .WithSummary("Exchange a user name and password (and, for two-factor users, the authenticator code otp) for an access token and a refresh token")
            .Accepts<CompatibleTokenEndpoints.LoginBody>("application/json")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost(RefreshPath["/api/v1/auth".Length..], Exchange)
            .WithName("RefreshToken")
            .WithDescription(StandardWay)
            .WithSummary("Rotate a refresh token; a reused one is rejected and ends its whole sign-in")
            .Accepts<CompatibleTokenEndpoints.RefreshTokenBody>("application/json")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        // Served entirely by the revocation endpoint (the sign-in of the refresh token ends with it).
        group.MapPost(LogoutPath["/api/v1/auth".Length..], () => TypedResults.NoContent())
            .WithName("Logout")
            .WithDescription(StandardWay)
            .WithSummary("End the sign-in a refresh token belongs to (204 also for a token already ended or unknown)")
            .Accepts<CompatibleTokenEndpoints.RefreshTokenBody>("application/json")
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

        group.MapPost(ClientTokenPath["/api/v1/auth".Length..], Exchange)
            .WithName("ClientToken")
            .WithSummary("OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for provincial systems")
            .WithDescription("Form-encoded: grant_type=client_credentials, optional scope; client authentication by HTTP Basic or client_id/client_secret in the form. " + StandardWay)
            .Accepts<ClientTokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static Task<IResult> Exchange(HttpContext http, IMediator mediator, IOptions<OpenIdOptions> options, CancellationToken ct) =>
        ConnectEndpoints.ExchangeAsync(http, mediator, options, standard: false, ct);

    /// <summary>Answers that carry tokens or secrets are never cached (RFC 6749 §5.1).</summary>
    internal static void SetNoStore(HttpContext context)
    {
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        context.Response.Headers[HeaderNames.Pragma] = "no-cache";
    }
}
