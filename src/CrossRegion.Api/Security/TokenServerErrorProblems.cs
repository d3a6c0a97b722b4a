using CrossRegion.Api.Errors;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CrossRegion.Api.Security;

/// <summary>
/// An error of the authorization or end-session endpoint that cannot go back to the application (no valid redirect
/// address: an unknown client, a foreign redirect_uri, a malformed request) is answered as every other error of this
/// service is, an RFC 9457 problem with the OAuth <c>error</c> beside <c>code</c>, not OpenIddict's plain-text page.
/// </summary>
internal static class TokenServerErrorProblems
{
    public static IServiceCollection AddTokenServerErrorProblems(this IServiceCollection services)
    {
        services.AddOpenIddict().AddServer(server => server
            .AddEventHandler(LocalError<ApplyAuthorizationResponseContext>.Descriptor)
            .AddEventHandler(LocalError<ApplyEndSessionResponseContext>.Descriptor));
        return services;
    }

    private sealed class LocalError<TContext> : IOpenIddictServerHandler<TContext>
        where TContext : BaseRequestContext
    {
        // After the handlers that redirect an error back to a valid redirect address, before the plain-text page.
        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
                .UseSingletonHandler<LocalError<TContext>>()
                .SetOrder(ProcessStatusCodePagesErrorResponse<TContext>.Descriptor.Order - 500)
                .Build();

        public async ValueTask HandleAsync(TContext context)
        {
            var http = context.Transaction.GetHttpRequest()?.HttpContext;
            if (http is null || context.Transaction.Response?.Error is not { } error)
            {
                return;
            }

            await ProblemWriter.WriteAsync(http, StatusCodes.Status400BadRequest, error, context.Transaction.Response.ErrorDescription,
                extensions: new Dictionary<string, object?> { ["error"] = error });
            context.HandleRequest();
        }
    }
}
