using System.Security.Claims;
using CrossRegion.Api.Errors;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Identity.OpenId;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.Api.Security;

internal static class AuthenticationSetup
{
    private const string CallerScheme = "caller";

    // The token server's record of this very access token (its status follows revocation and reuse detection).
    private const string OpenIddictTokenClaim = "oi_tkn_id";

    /// <summary>
    /// Strict bearer validation: our issuer and audience, an unexpired token, a signature by our key with our one
    /// algorithm (so <c>alg:none</c> and algorithm confusion are rejected), 30 s clock skew.
    /// </summary>
    public static IServiceCollection AddBearerAuthentication(this IServiceCollection services)
    {
        // The API and the token server take bearer tokens only; the console's pages, its circuit and its account
        // endpoints take the console's cookie (and a bearer token when one is sent). A cookie never authenticates an
        // API call, so no API endpoint can be driven across sites with a browser's cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CallerScheme;
                options.DefaultChallengeScheme = CallerScheme;
            })
            .AddPolicyScheme(CallerScheme, null, options => options.ForwardDefaultSelector = context =>
                // A government gateway's signed request (X-App-Key …, ADR 0028) is authenticated by its signature.
                SignedRequestAuthentication.IsSigned(context.Request) ? SignedRequestAuthentication.SchemeName
                : WebConsole.ConsoleSetup.IsApiPath(context.Request.Path)
                || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : WebConsole.ConsoleSetup.CookieScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, SignedRequestAuthentication>(SignedRequestAuthentication.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<OpenIdKeys, IOptions<OpenIdOptions>, IHttpContextAccessor>((options, keys, openIdOptions, http) =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    IssuerValidator = Issuer(openIdOptions.Value.Issuer, http),
                    ValidAudience = openIdOptions.Value.Audience,
                    IssuerSigningKeys = keys.Signing,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = CrossRegionClaims.Name,
                    RoleClaimType = CrossRegionClaims.Role,
                };
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = CheckSessionAsync,
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        var invalid = context.AuthenticateFailure is not null;
                        context.Response.Headers.WWWAuthenticate = invalid ? "Bearer error=\"invalid_token\"" : "Bearer";
                        await ProblemWriter.WriteAsync(
                            context.HttpContext, StatusCodes.Status401Unauthorized, invalid ? "invalid_token" : "unauthenticated");
                    },
                    OnForbidden = context =>
                        ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden"),
                };
            });
        services.AddAuthorization();
        return services;
    }

    // The token server's: the configured OpenId:Issuer, or when none is configured the address the caller used to
    // reach this installation.
    private static IssuerValidator Issuer(string? configured, IHttpContextAccessor http) => (issuer, _, _) =>
    {
        var request = http.HttpContext?.Request;
        var expected = configured is { Length: > 0 } ? configured : request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}/";
        return expected is not null && string.Equals(issuer.TrimEnd('/'), expected.TrimEnd('/'), StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"Issuer {issuer} is not this installation's.");
    };

    // A validly signed token is not enough: its user or client must still exist and be active, and its login must
    // not have been logged out or revoked (ADR 0013). Answered from a cache of a few seconds.
    private static async Task CheckSessionAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var kind = principal?.FindFirstValue(CrossRegionClaims.Kind) == "client" ? CallerKind.Client : CallerKind.User;
        var subject = principal?.FindFirstValue(JwtRegisteredClaimNames.Sub);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ISessionValidator>();
        var token = principal?.FindFirstValue(OpenIddictTokenClaim);
        if (subject is null || !await sessions.IsActiveAsync(kind, subject, token, context.HttpContext.RequestAborted))
        {
            context.Fail("The session behind this token has ended.");
        }
    }
}
