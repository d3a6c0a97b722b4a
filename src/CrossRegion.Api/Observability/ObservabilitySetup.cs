using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Jobs;
using CrossRegion.Infrastructure.Observability;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CrossRegion.Api.Observability;

/// <summary>
/// What operators see (docs/operations.md). Logs through Serilog: compact JSON (CLEF, with the trace and span ids) in
/// Production or when <c>Logging:Format</c> is <c>json</c>, readable lines otherwise; levels from the usual
/// <c>Logging:LogLevel</c> section; one line per request. Traces and metrics through OpenTelemetry: ASP.NET Core,
/// HttpClient (webhooks), EF Core and Npgsql; the <c>CrossRegion</c> meter, ASP.NET Core's and the runtime's.
/// Metrics are scraped at <c>/metrics</c> (Prometheus text) by a system administrator's or a <c>metrics.read</c>
/// client's bearer token, or without one on the management port (<c>Metrics:Port</c>) when one is configured; traces
/// and metrics also go to an OTLP collector when <c>OpenTelemetry:Otlp:Endpoint</c> is set.
/// </summary>
internal static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";
    private const string MetricsPolicy = "metrics";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var json = configuration["Logging:Format"] is { Length: > 0 } format
            ? format.Equals("json", StringComparison.OrdinalIgnoreCase)
            : builder.Environment.IsProduction();
        // Serilog writes; other logging providers an installation or a test host adds still receive every event. Each
        // host keeps its own logger (not Serilog's static one, which the last host started in a process would own).
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(preserveStaticLogger: true, writeToProviders: true, configureLogger: (services, logger) =>
        {
            // One line per request is ours (below): the host's own "Request starting/finished" pair stays out unless asked for.
            logger.MinimumLevel.Is(Level(configuration["Logging:LogLevel:Default"]) ?? LogEventLevel.Information)
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            foreach (var category in configuration.GetSection("Logging:LogLevel").GetChildren().Where(c => c.Key != "Default"))
            {
                if (Level(category.Value) is { } level)
                {
                    logger.MinimumLevel.Override(category.Key, level);
                }
            }

            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("crossregion",
                serviceInstanceId: (configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions()).NodeName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsQuiet(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(CrossRegionMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (configuration["OpenTelemetry:Otlp:Endpoint"] is { Length: > 0 } endpoint)
        {
            var protocol = configuration["OpenTelemetry:Otlp:Protocol"] == "http" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        builder.Services.AddAuthorizationBuilder().AddPolicy(MetricsPolicy, policy => policy
            .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is HttpContext http && MayScrape(http.RequestServices.GetRequiredService<ICurrentUser>())));

        // The management port: /metrics there without a token, for a scraper on the operator's internal network.
        if (configuration.GetValue<int?>("Metrics:Port") is { } port)
        {
            var urls = configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } configured ? configured : "http://localhost:5000";
            var host = configuration["Metrics:Host"] is { Length: > 0 } bind ? bind : "localhost";
            builder.WebHost.UseUrls([.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries), $"http://{host}:{port}"]);
        }

        return builder;
    }

    /// <summary>One line per request; the management port's /metrics (call early: the line times everything after it).</summary>
    public static WebApplication UseObservability(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger: Serilog's static one is not set (each host keeps its own, above).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod:l} {RouteTemplate:l} responded {StatusCode} in {Elapsed:0.0} ms";

            // A 4xx is the caller's business (an idempotent replay, a 404, a 412): information, like any answer.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : IsQuiet(context.Request.Path) ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("RouteTemplate", (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value);
                var caller = context.RequestServices.GetRequiredService<ICurrentUser>();
                if (caller.Kind != CallerKind.Anonymous)
                {
                    diagnostics.Set("CallerId", caller.UserId?.ToString() ?? caller.Name);
                    diagnostics.Set("CallerCities", caller.Jurisdictions);
                }
            };
        });

        // The management port serves /metrics and the health probes, nothing else.
        if (app.Configuration.GetValue<int?>("Metrics:Port") is { } port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == MetricsPath);
            app.Use((context, next) =>
            {
                if (context.Connection.LocalPort == port && !context.Request.Path.StartsWithSegments("/health"))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return next(context);
            });
        }

        return app;
    }

    /// <summary>/metrics on the main port, for a bearer token that may scrape (unless the management port serves it).</summary>
    public static void MapMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<int?>("Metrics:Port") is null)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(MetricsPolicy).ExcludeFromDescription();
        }
    }

    private static bool MayScrape(ICurrentUser caller) => caller.Kind switch
    {
        CallerKind.User => caller.Roles.HasFlag(UserRoles.SystemAdministrator) && caller.RequiredAction is null,
        CallerKind.Client => caller.Scopes.Contains(ScopeNames.MetricsRead),
        _ => false,
    };

    // Probes and scrapes: no trace, and their request lines only at debug level.
    private static bool IsQuiet(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsPath);

    private static LogEventLevel? Level(string? name) => name switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Information" => LogEventLevel.Information,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => null,
    };
}
