using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>
/// OpenIddict as the standard token server (ADR 0014): discovery, JWKS, <c>/connect/token</c> (client credentials,
/// refresh tokens rotated with reuse detection, the password grant for compatibility), <c>/connect/revoke</c> (RFC
/// 7009) and <c>/connect/introspect</c> (RFC 7662), its stores in our database. Access tokens are JWTs (not
/// encrypted) with our claim names, so JwtBearer validates them against the published keys like any resource server.
/// </summary>
internal static class OpenIdSetup
{
    public const string TokenPath = "connect/token";

    public static void AddOpenIdServer(IServiceCollection services, IConfiguration configuration, bool demoMode, string dataDirectory)
    {
        var options = new OpenIdOptions();
        configuration.GetSection(OpenIdOptions.SectionName).Bind(options);
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        // Loaded when first needed (the host asks at start-up, so a server without keys refuses to start; tools that
        // compose the services without serving tokens never ask).
        services.AddSingleton(_ => OpenIdKeys.Create(options, demoMode ? dataDirectory : null));
        services.AddOptions<OpenIddictServerOptions>().Configure<OpenIdKeys>((server, keys) =>
        {
            server.SigningCredentials.AddRange(keys.Signing.Select(k => new SigningCredentials(k, SecurityAlgorithms.RsaSha256)));
            server.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        });
        services.Configure<OpenIdOptions>(configuration.GetSection(OpenIdOptions.SectionName));
        services.AddScoped<Application.Common.Interfaces.IClientRegistrations, OpenIddictClientRegistrations>();
        services.AddScoped<Application.Common.Interfaces.ITokenServerSessions, OpenIddictSessions>();
        services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<Persistence.AppDbContext>();
                core.ReplaceApplicationManager(typeof(GraceAwareApplicationManager<>));

                // Tokens live on the wall clock the bearer validator reads, whatever the business clock says
                // (Clock:StartAt and the tests move that one).
                core.Configure(o => o.TimeProvider = TimeProvider.System);
            })
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo");
                server.AllowClientCredentialsFlow().AllowPasswordFlow().AllowRefreshTokenFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();

                // Password sign-in has no client of its own (as /api/v1/auth/login never had); the compatible
                // addresses /api/v1/auth/* are added to these endpoints by the host.
                server.AcceptAnonymousClients();
                server.RegisterScopes([.. ScopeNames.All, Scopes.OfflineAccess, Scopes.Profile]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(auth.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(auth.RefreshTokenDays))
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.DisableAccessTokenEncryption();
                server.AddEventHandler(RevokeSignInWithRefreshToken.Descriptor).AddEventHandler(RedeemRefreshTokenOnce.Descriptor)
                    .AddEventHandler(EndSignInOnRefreshTokenReuse.Descriptor);
                server.Configure(o => o.TimeProvider = TimeProvider.System);
                if (Uri.TryCreate(options.Issuer, UriKind.Absolute, out var issuer))
                {
                    server.SetIssuer(issuer);
                }

                var host = server.UseAspNetCore().EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().EnableUserInfoEndpointPassthrough();
                if (demoMode)
                {
                    // Plain HTTP is for a demo on this machine only; a server installation sits behind TLS.
                    host.DisableTransportSecurityRequirement();
                }
            });
    }
}
