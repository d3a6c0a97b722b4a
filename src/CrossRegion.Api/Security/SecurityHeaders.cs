namespace CrossRegion.Api.Security;

/// <summary>
/// Response headers every surface gets (no MIME sniffing, no framing, no referrer), and a Content-Security-Policy
/// fitted to what the surface is: nothing at all may load for JSON and problems; the HTML bulletin needs its own
/// inline stylesheet and nothing else; Swagger UI needs its own scripts, styles and inline SVG images; the console
/// its own scripts and styles (Ant Design sets inline styles), its circuit's WebSocket and its own forms. HSTS only when
/// the operator says the service is reached over TLS (<c>Security:HstsMaxAgeDays</c>).
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string HtmlPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string ConsolePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    public const string SwaggerPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var hstsDays = configuration.GetValue("Security:HstsMaxAgeDays", 0);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = PolicyFor(context);
                if (hstsDays > 0)
                {
                    headers.StrictTransportSecurity = $"max-age={hstsDays * 86400}; includeSubDomains";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static string PolicyFor(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy
        : context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true ? ApiPolicy
        : WebConsole.ConsoleSetup.IsApiPath(context.Request.Path) ? HtmlPagePolicy
        : ConsolePolicy;
}
