using System.Text.Json;
using CrossRegion.Api.Errors;
using CrossRegion.Application.Auth.VerifyPassword;
using CrossRegion.Application.Common.Text;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;
using OAuthErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;

namespace CrossRegion.Api.Security;

/// <summary>
/// The compatible token endpoints (<c>/api/v1/auth/login</c>, <c>/refresh</c>, <c>/token</c>, <c>/logout</c>) are
/// further addresses of the standard server's token and revocation endpoints, so one machinery issues, rotates and
/// revokes every token (ADR 0014). What differs is only the envelope they always had: JSON bodies in (the standard
/// endpoints read forms), RFC 9457 problems out (the standard endpoints answer OAuth error objects), and 204 for a
/// logout. These handlers translate that envelope at the edges of OpenIddict's pipeline.
/// </summary>
internal static class CompatibleTokenEndpoints
{
    public const string LoginPath = "/api/v1/auth/login";
    public const string RefreshPath = "/api/v1/auth/refresh";
    public const string ClientTokenPath = "/api/v1/auth/token";
    public const string LogoutPath = "/api/v1/auth/logout";

    public static IServiceCollection AddCompatibleTokenEndpoints(this IServiceCollection services)
    {
        services.AddOpenIddict().AddServer(server =>
        {
            server.Configure(options =>
            {
                foreach (var path in new[] { LoginPath, RefreshPath, ClientTokenPath })
                {
                    options.TokenEndpointUris.Add(new Uri(path.TrimStart('/'), UriKind.Relative));
                }

                options.RevocationEndpointUris.Add(new Uri(LogoutPath.TrimStart('/'), UriKind.Relative));
            });

            // Our extraction takes the place of the form reader and calls it for every standard request.
            server.RemoveEventHandler(ExtractPostRequest<ExtractTokenRequestContext>.Descriptor)
                .AddEventHandler(ExtractTokenRequest.Descriptor)
                .RemoveEventHandler(ExtractPostRequest<ExtractRevocationRequestContext>.Descriptor)
                .AddEventHandler(ExtractRevocationRequest.Descriptor)
                .AddEventHandler(ApplyTokenResponse.Descriptor)
                .AddEventHandler(ApplyRevocationResponse.Descriptor);
        });
        return services;
    }

    /// <summary>Whether this request came through one of the compatible addresses.</summary>
    public static bool IsCompatible(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1/auth", StringComparison.OrdinalIgnoreCase);

    private static bool Is(HttpRequest request, string path) => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The body of <c>/refresh</c> and <c>/logout</c>.</summary>
    internal sealed record RefreshTokenBody([System.ComponentModel.DataAnnotations.Required] string? RefreshToken);

    /// <summary>The body of <c>/login</c>; <see cref="Otp"/> is the authenticator or recovery code of a two-factor user.</summary>
    internal sealed record LoginBody([System.ComponentModel.DataAnnotations.Required] string? Username, [System.ComponentModel.DataAnnotations.Required] string? Password, string? Otp);

    private sealed class ExtractTokenRequest : IOpenIddictServerHandler<ExtractTokenRequestContext>
    {
        private static readonly ExtractPostRequest<ExtractTokenRequestContext> Form = new();

        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
                .UseSingletonHandler<ExtractTokenRequest>()
                .SetOrder(ExtractPostRequest<ExtractTokenRequestContext>.Descriptor.Order)
                .Build();

        public async ValueTask HandleAsync(ExtractTokenRequestContext context)
        {
            var http = context.Transaction.GetHttpRequest() ?? throw new InvalidOperationException("Not an ASP.NET Core request.");
            if (Is(http, LoginPath))
            {
                var body = await ReadAsync<LoginBody>(http);
                var command = new VerifyPasswordCommand(body?.Username, body?.Password, body?.Otp);
                await http.HttpContext.RequestServices.GetRequiredService<IValidator<VerifyPasswordCommand>>()
                    .ValidateAndThrowAsync(command, http.HttpContext.RequestAborted);
                context.Request = new OpenIddictRequest
                {
                    GrantType = GrantTypes.Password,
                    Username = command.Username,
                    Password = command.Password,
                };
                if (!string.IsNullOrEmpty(command.Otp))
                {
                    context.Request.SetParameter("otp", command.Otp);
                }

                return;
            }

            if (Is(http, RefreshPath))
            {
                context.Request = new OpenIddictRequest
                {
                    GrantType = GrantTypes.RefreshToken,
                    RefreshToken = await RefreshTokenAsync(http),
                };
                return;
            }

            if (Is(http, ClientTokenPath) && !http.HasFormContentType)
            {
                throw new BadHttpRequestException(
                    Localized.Text("令牌请求须为 application/x-www-form-urlencoded。", "The token request must be application/x-www-form-urlencoded."),
                    StatusCodes.Status415UnsupportedMediaType);
            }

            await Form.HandleAsync(context);
            if (Is(http, ClientTokenPath) && context.Request is { } request && !context.IsRejected && !request.IsClientCredentialsGrantType())
            {
                context.Reject(OAuthErrors.UnsupportedGrantType, Localized.Text("仅支持 client_credentials 授权类型。", "Only the client_credentials grant is supported here."));
            }
        }
    }

    private sealed class ExtractRevocationRequest : IOpenIddictServerHandler<ExtractRevocationRequestContext>
    {
        private static readonly ExtractPostRequest<ExtractRevocationRequestContext> Form = new();

        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractRevocationRequestContext>()
                .UseSingletonHandler<ExtractRevocationRequest>()
                .SetOrder(ExtractPostRequest<ExtractRevocationRequestContext>.Descriptor.Order)
                .Build();

        public async ValueTask HandleAsync(ExtractRevocationRequestContext context)
        {
            var http = context.Transaction.GetHttpRequest() ?? throw new InvalidOperationException("Not an ASP.NET Core request.");
            if (Is(http, LogoutPath))
            {
                context.Request = new OpenIddictRequest
                {
                    Token = await RefreshTokenAsync(http),
                    TokenTypeHint = TokenTypeHints.RefreshToken,
                };
                return;
            }

            await Form.HandleAsync(context);
        }
    }

    /// <summary>An error of the compatible token addresses is a problem, as it always was (the success is OpenIddict's own JSON).</summary>
    private sealed class ApplyTokenResponse : IOpenIddictServerHandler<ApplyTokenResponseContext>
    {
        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
                .UseSingletonHandler<ApplyTokenResponse>()

                // After OpenIddict has normalised the error (an invalid refresh token is invalid_grant), before it writes.
                .SetOrder(OpenIddict.Server.OpenIddictServerHandlers.Exchange.NormalizeErrorResponse.Descriptor.Order + 1_000)
                .Build();

        public async ValueTask HandleAsync(ApplyTokenResponseContext context)
        {
            var http = context.Transaction.GetHttpRequest();
            if (http is null || !IsCompatible(http) || context.Error is not { } error)
            {
                return;
            }

            var (status, detail) = error switch
            {
                OAuthErrors.InvalidGrant => (StatusCodes.Status401Unauthorized, Localized.Text(
                    "刷新令牌无效、已过期或已被使用；已被使用的令牌会注销其整个登录。",
                    "The refresh token is invalid, expired or already used; a used one ends its whole sign-in.")),
                OAuthErrors.InvalidClient => (StatusCodes.Status401Unauthorized, Localized.Text("客户端不存在或密钥错误。", "The client is unknown or its secret is wrong.")),
                _ => (StatusCodes.Status400BadRequest, context.Response.ErrorDescription),
            };
            if (error == OAuthErrors.InvalidClient)
            {
                http.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"crossregion\"";
            }

            await ProblemWriter.WriteAsync(http.HttpContext, status, error, detail, extensions: new Dictionary<string, object?> { ["error"] = error });
            context.HandleRequest();
        }
    }

    /// <summary>A logout answers 204 whether or not the token was still known (RFC 7009 §2.2: nothing to tell a caller).</summary>
    private sealed class ApplyRevocationResponse : IOpenIddictServerHandler<ApplyRevocationResponseContext>
    {
        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyRevocationResponseContext>()
                .UseSingletonHandler<ApplyRevocationResponse>()
                .SetOrder(OpenIddict.Server.OpenIddictServerHandlers.Revocation.NormalizeErrorResponse.Descriptor.Order + 1_000)
                .Build();

        public async ValueTask HandleAsync(ApplyRevocationResponseContext context)
        {
            var http = context.Transaction.GetHttpRequest();
            if (http is null || !Is(http, LogoutPath))
            {
                return;
            }

            if (context.Error is OAuthErrors.InvalidRequest)
            {
                await ProblemWriter.WriteAsync(http.HttpContext, StatusCodes.Status400BadRequest, OAuthErrors.InvalidRequest, context.Response.ErrorDescription);
            }
            else
            {
                http.HttpContext.Response.StatusCode = StatusCodes.Status204NoContent;
            }

            context.HandleRequest();
        }
    }

    // The same reading as a minimal API's JSON body: the same options, and the same exceptions (a problem naming the
    // field for malformed JSON or a wrong type, 415 for another media type).
    private static async Task<T?> ReadAsync<T>(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException(
                Localized.Text("请求体须为 application/json。", "The request body must be application/json."), StatusCodes.Status415UnsupportedMediaType);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await request.ReadFromJsonAsync<T>(options, request.HttpContext.RequestAborted);
        }
        catch (JsonException malformed)
        {
            throw new BadHttpRequestException($"Failed to read parameter \"{typeof(T).Name} body\" from the request body as JSON.", malformed);
        }
    }

    private static async Task<string> RefreshTokenAsync(HttpRequest request)
    {
        var token = (await ReadAsync<RefreshTokenBody>(request))?.RefreshToken;
        return string.IsNullOrWhiteSpace(token)
            ? throw new ValidationException([new ValidationFailure("refresh_token", Localized.Text("须提供刷新令牌。", "A refresh token is required."))])
            : token;
    }
}
