using System.Globalization;
using System.Security.Claims;
using CrossRegion.Api.Security;
using CrossRegion.Application.Common.Interfaces;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MediatR;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// The web console (ADR 0016): Razor components in this process, interactive on the server, Ant Design, calling the
/// same MediatR requests as the API. People sign in with a cookie; every page reads through the same visibility rules.
/// </summary>
internal static class ConsoleSetup
{
    public const string CookieScheme = "console";

    public static IServiceCollection AddConsole(this IServiceCollection services, IConfiguration configuration)
    {
        // A circuit starts with what its page's prerendering read ([PersistentState]), sent back by the browser in one
        // message: a page of twenty notices or a task with its reports is well over SignalR's 32 KB default, which
        // closed the circuit and left the page drawn but dead. 1 MiB covers the largest page (50 ledger rows).
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = MaxCircuitMessageBytes);

        // Chinese text as text in the page source (联办催字〔2026〕61号), not as numeric character references.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntDesign();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, ConsoleAuthenticationState>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitCaller>());
        services.AddScoped<ConsoleSignIn>();
        services.AddJobsDashboard();
        services.AddScoped<CityNames>();
        services.AddScoped<CircuitWork>();
        // Outermost, before the validators' own reads: each use case of a circuit starts from a clean context.
        services.Insert(0, ServiceDescriptor.Scoped(typeof(MediatR.IPipelineBehavior<,>), typeof(CircuitUnitOfWork<,>)));
        var idleMinutes = configuration.GetValue("Console:IdleTimeoutMinutes", 30);
        services.AddAuthentication().AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "crossregion.console";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/login";
            options.ReturnUrlParameter = "returnUrl";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(idleMinutes);
            options.SlidingExpiration = true;

            // Like tokens, the cookie lives on the wall clock, whatever the business clock says (Clock:StartAt).
            options.TimeProvider = TimeProvider.System;
            // The sign-in page decides where to go next (ConsoleSignIn.SafeReturnUrl), not the handler's own redirect.
            options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            options.Events.OnValidatePrincipal = async context =>
            {
                if (!await StandsAsync(context.HttpContext.RequestServices, context.Principal, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieScheme);
                }
            };
        });
        return services;
    }

    public static void MapConsole(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapJobsDashboard();

        app.MapPost("/account/logout", async (HttpContext http, ConsoleSignIn signIn) =>
            {
                await signIn.SignOutAsync(http);
                return Results.LocalRedirect("/account/login?ended=true");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

        // 佐证材料 for the console's readers, signed in with the cookie: the same use case and answer as the API's download.
        app.MapGet("/tasks/{key}/attachments/{id:guid}", Endpoints.AttachmentsEndpoints.DownloadAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();

        // The ledger as the person filtered it, as CSV or XLSX: the same use case and answer as GET /api/v1/exports/ledger.
        app.MapGet("/tasks/export", Exports.LedgerExport.AnswerAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();

        // A yearly list in its printed layout: the same use case and answer as GET /api/v1/exports/lists/….
        app.MapGet("/lists/{programme}/{year:int}/{code}/export", Exports.ListExport.AnswerAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();

        // A 催办单 as the PDF its recipients file: the same document as GET /api/v1/notices/{id} with Accept: application/pdf.
        app.MapGet("/notices/{id:long}/pdf", Documents.NoticeDocument.PdfAsync)
            .RequireAuthorization()
            .ExcludeFromDescription();

        // 季通报 as the PDF (A4 landscape) or workbook to file: the same documents as GET /api/v1/bulletins/{id} by Accept.
        app.MapGet("/bulletins/{id:guid}/{format:regex(^(pdf|xlsx)$)}", (Guid id, string format, IMediator mediator, CancellationToken ct) =>
                Documents.BulletinDocument.FileAsync(id, format, mediator, ct))
            .RequireAuthorization()
            .ExcludeFromDescription();

        // 年度评估 as the workbook it is filed as: the same document as GET /api/v1/evaluations/{id}?format=xlsx.
        app.MapGet("/evaluations/{id:guid}/xlsx", (Guid id, IMediator mediator, Application.Common.Interfaces.ICurrentUser caller, CancellationToken ct) =>
                Documents.EvaluationSheet.FileAsync(id, mediator, caller, ct))
            .RequireAuthorization()
            .ExcludeFromDescription();

        // The language switch: remembered in the culture cookie, which the request localization reads first.
        app.MapGet("/account/language", (HttpContext http, string? lang, string? returnUrl) =>
            {
                var culture = lang == "en" ? "en" : "zh-CN";
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
                return Results.LocalRedirect(ConsoleSignIn.SafeReturnUrl(returnUrl));
            })
            .ExcludeFromDescription();
    }

    /// <summary>Whether a console sign-in still stands: its record in the token server and an active person.</summary>
    public static async Task<bool> StandsAsync(IServiceProvider services, ClaimsPrincipal? principal, CancellationToken cancellationToken) =>
        principal?.FindFirstValue(SubjectClaims.Subject) is { } subject
        && principal.FindFirstValue(ConsoleSignIn.SignInClaim) is { } signIn
        && await services.GetRequiredService<ISessionValidator>().IsSignInActiveAsync(subject, signIn, cancellationToken);

    /// <summary>The paths that belong to the API and the token server: they authenticate with bearer tokens only.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/connect") || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments("/.well-known") || path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger");

    public const int MaxCircuitMessageBytes = 1024 * 1024;

    /// <summary>Culture names the console offers (zh-CN by default).</summary>
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];
}
