using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using CrossRegion.Api.Cli;
using CrossRegion.Api.WebConsole;
using CrossRegion.Api.Endpoints;
using CrossRegion.Api.Errors;
using CrossRegion.Api.Observability;
using CrossRegion.Api.OpenApi;
using CrossRegion.Api.Security;
using CrossRegion.Application;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using CrossRegion.Infrastructure.Time;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.AddObservability();
var isCommand = args.Length > 0 && CommandLine.Commands.Contains(args[0]);

if (builder.Configuration["Clock:StartAt"] is { Length: > 0 } startAt)
{
    if (builder.Environment.IsProduction())
    {
        throw new InvalidOperationException("Clock:StartAt moves the service's clock and is refused in Production.");
    }

    builder.Services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(DateTimeOffset.Parse(startAt, CultureInfo.InvariantCulture)));
}

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = BodyLimits.Json;
    kestrel.Limits.MaxRequestLineSize = BodyLimits.MaxRequestLine;
});

// Demo mode seeds well-known passwords: never on a production deployment by accident.
if (builder.Environment.IsProduction() && builder.Configuration.GetValue<bool>("CrossRegion:DemoMode")
    && !builder.Configuration.GetValue<bool>("CrossRegion:ForceDemoModeInProduction"))
{
    throw new InvalidOperationException(
        "CrossRegion:DemoMode seeds accounts with published passwords and is refused in Production. " +
        "Set CrossRegion:ForceDemoModeInProduction=true only for a throwaway showcase.");
}

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CallerPrincipal>();
builder.Services.AddScoped<ClaimsCurrentUser>();
builder.Services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorOverride>().Actor
    ?? (isCommand ? new SystemCaller("system:cli") : sp.GetRequiredService<ClaimsCurrentUser>()));

builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;

    // Chinese text as text (联办催字〔2026〕61号), not \u escapes; HTML-sensitive characters stay escaped.
    options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));

    // {"title":"a","title":"b"} is an integrator's mistake to report, not a choice to make for them (last wins).
    options.SerializerOptions.AllowDuplicateProperties = false;

    // A number is a number on the wire, both ways: "12" for an integer is refused (400), and the OpenAPI document
    // types integers as integers, not "integer or numeric string" (the web defaults read numbers from strings).
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;

    // Instants in one form everywhere: UTC with Z, to the millisecond (2026-11-30T01:00:00.000Z).
    options.SerializerOptions.Converters.Add(new CrossRegion.Application.Common.Text.UtcInstantConverter());
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddSingleton<IProblemDetailsWriter, JsonProblemWriter>();
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemWriter.Customize);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddBearerAuthentication();
builder.Services.AddCompatibleTokenEndpoints();
builder.Services.AddTokenServerErrorProblems();
builder.Services.AddConsole(builder.Configuration);

// The console's scripts and styles (Blazor's, Ant Design's) come from the build's static web assets in every
// environment, not only Development.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddRequestLocalization(options =>
{
    options.DefaultRequestCulture = new RequestCulture("zh-CN");
    options.SupportedCultures = ConsoleSetup.Cultures;
    options.SupportedUICultures = ConsoleSetup.Cultures;
    options.ApplyCurrentCultureToResponseHeaders = true;

    // The console's language switch (a cookie) first, then the Accept-Language header.
    options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
});
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = (context, _) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        ProblemWriter.SetRetryAfter(context.HttpContext, wait);
        return new ValueTask(ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "too_many_requests"));
    };

    // Each machine client has its own budget per minute (Clients:RequestsPerMinute, 1200 by default; one client's own in
    // Clients:Limits:<client_id>), whether it calls with a token or signs its requests: one provincial system cannot
    // crowd out the others or the people using the console.
    var clientPermits = builder.Configuration.GetValue("Clients:RequestsPerMinute", 1200);
    var clientLimits = builder.Configuration.GetSection("Clients:Limits");
    options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        context.User.FindFirst(CrossRegion.Infrastructure.Identity.CrossRegionClaims.Kind)?.Value == "client"
        && context.User.FindFirst(CrossRegion.Infrastructure.Identity.CrossRegionClaims.Name)?.Value is { } client
            ? RateLimitPartition.GetFixedWindowLimiter(
                "client|" + client, _ => new FixedWindowRateLimiterOptions { PermitLimit = clientLimits.GetValue(client, clientPermits), Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter(string.Empty));

    // One bucket per auth endpoint and address: refreshing tokens never uses up the sign-in budget, or the reverse.
    var permits = builder.Configuration.GetValue("Auth:RequestsPerMinutePerAddress", 60);
    options.AddPolicy(AuthEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
        $"{context.GetEndpoint()?.DisplayName}|{context.Connection.RemoteIpAddress}",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
});
// Behind a TLS-terminating reverse proxy the scheme and the caller's address come from X-Forwarded-Proto / -For,
// believed only from the proxies named in Network:TrustedProxies (and loopback, for a proxy on the same machine):
// the token server refuses plain HTTP outside demo mode, and the sign-in limits count per caller, not per proxy.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
{
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    foreach (var proxy in builder.Configuration.GetSection("Network:TrustedProxies").Get<string[]>() ?? [])
    {
        options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }
});
builder.Services.AddOpenApi(options =>
{
    options.AddSchemaTransformer<InstantSchemaTransformer>();
    options.AddOperationTransformer<ContractOperationTransformer>();
    options.AddDocumentTransformer<ContractDocumentTransformer>();
});

var app = builder.Build();

// The token server's keys are required to serve (outside demo mode: OpenId:SigningKeyFiles, OpenId:EncryptionKey).
app.Services.GetRequiredService<CrossRegion.Infrastructure.Identity.OpenId.OpenIdKeys>();

if (isCommand)
{
    return await CommandLine.RunAsync(app.Services, args);
}

if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
{
    await DatabaseInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
}

// Fail at start-up, not at the first write, when no audit key is configured.
app.Services.GetRequiredService<IAuditSeal>();

// Security headers on every response, errors included; localization before the exception handler, whose problems
// are written in the request's language.
app.UseForwardedHeaders();
app.UseObservability();
app.UseSecurityHeaders(app.Configuration);
app.UseRequestLocalization();
app.UseExceptionHandler();
// A status without a body: a problem for the API and scripts, a page in the person's language for a browser on the console.
app.UseStatusCodePages(context => CrossRegion.Api.WebConsole.ConsoleErrorPage.Wants(context.HttpContext)
    ? CrossRegion.Api.WebConsole.ConsoleErrorPage.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)
    : context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
        .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext }).AsTask());
app.UseBodyLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRateLimiter();

// Integrators generate clients from the OpenAPI document, so it is served in every environment: publicly outside
// Production, to authenticated callers in Production unless OpenApi:Public says otherwise. Swagger UI is a
// development tool: on outside Production, off in Production unless OpenApi:SwaggerUi turns it on.
var openApi = app.MapOpenApi("/openapi/{documentName}.json");
if (!app.Configuration.GetValue("OpenApi:Public", !app.Environment.IsProduction()))
{
    openApi.RequireAuthorization();
}

if (app.Configuration.GetValue("OpenApi:SwaggerUi", !app.Environment.IsProduction()))
{
    app.UseSwaggerUI(options =>
    {
        options.SwaggerEndpoint("/openapi/v1.json", "CrossRegion API v1");
        options.RoutePrefix = "swagger";
    });
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapEndpointGroups();
app.MapMetrics();
app.MapConsole();

if (app.Services.GetRequiredService<IOptions<CrossRegionOptions>>().Value.DemoMode)
{
    app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app));
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
