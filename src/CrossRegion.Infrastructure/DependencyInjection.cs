using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Infrastructure.Calendar;
using CrossRegion.Infrastructure.Chasing;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Jobs;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using CrossRegion.Infrastructure.Persistence.Seed;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrossRegion.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Persistence (the configured provider), identity services and health checks.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<CrossRegionOptions>(configuration.GetSection(CrossRegionOptions.SectionName));
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.SectionName));
        services.Configure<StatusLightOptions>(configuration.GetSection(StatusLightOptions.SectionName));
        services.Configure<Application.Dashboard.GetDashboard.DashboardOptions>(configuration.GetSection(Application.Dashboard.GetDashboard.DashboardOptions.SectionName));
        services.AddHostedService<Dashboard.DashboardWarmup>();
        services.Configure<BusinessCalendarOptions>(configuration.GetSection(BusinessCalendarOptions.SectionName));
        services.AddSingleton<IBusinessCalendar, ChineseBusinessCalendar>();
        services.AddSingleton<ITaskSheetReader, Importing.CsvTaskSheetReader>();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var app = configuration.GetSection(CrossRegionOptions.SectionName).Get<CrossRegionOptions>() ?? new CrossRegionOptions();
        var dataDirectory = Path.GetFullPath(app.DataDirectory, contentRoot);

        var connectionString = AddDatabase(services, database, dataDirectory);
        services.Configure<ChaseOptions>(configuration.GetSection(ChaseOptions.SectionName));
        services.AddOptions<ChaseOptions>().Validate(o => !o.Problems().Any(), "Chase configuration is invalid (see ChaseOptions.Problems).").ValidateOnStart();
        services.AddSingleton<CrossRegionMetrics>();
        services.AddSingleton<OperationalGauges>();
        services.AddHostedService<OperationalSampler>();
        services.AddScoped<IChaseRunner, ChaseRunner>();
        services.AddScoped<IEvaluationStore, Evaluation.EvaluationStore>();
        services.AddScoped<IOutboxSequencer, Outbox.OutboxSequencer>();
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.SectionName));
        services.AddScoped<IWebhookDispatcher, Webhooks.WebhookDispatcher>();
        services.AddScoped<IIdempotencyStore, Idempotency.IdempotencyStore>();
        AddAttachments(services, configuration, contentRoot);

        // No redirects: a callback answers itself or fails; it cannot send our signed request somewhere else. No
        // proxy, and every connection goes through the connector's address check.
        services.AddSingleton<Webhooks.WebhookConnector>();
        services.AddHttpClient(Webhooks.WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = sp.GetRequiredService<Webhooks.WebhookConnector>().ConnectAsync,
            });

        // Notices by email, SMS and group robots (ADR 0029): robots and the SMS gateway through the webhooks' address
        // check (the same SSRF rules), without redirects or a proxy.
        services.Configure<Channels.ChannelOptions>(configuration.GetSection(Channels.ChannelOptions.Section));
        services.Configure<Channels.EmailOptions>(configuration.GetSection(Channels.EmailOptions.Section));
        services.Configure<Channels.SmsOptions>(configuration.GetSection(Channels.SmsOptions.Section));
        services.AddSingleton<Application.Notifications.Channels.IEmailSender, Channels.SmtpEmailSender>();
        services.AddSingleton<Application.Notifications.Channels.IRobotSender, Channels.RobotSender>();
        services.AddSingleton<Application.Notifications.Channels.ISmsGateway, Channels.HttpSmsGateway>();
        services.AddScoped<Application.Notifications.Channels.IChannelDispatcher, Channels.ChannelDispatcher>();
        services.AddHttpClient(Channels.RobotSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = sp.GetRequiredService<Webhooks.WebhookConnector>().ConnectAsync,
            });
        HangfireSetup.AddScheduler(services, configuration, database.Provider.ToLowerInvariant(), connectionString);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher, PasswordHasherAdapter>();
        services.AddSingleton<IAuditSeal>(_ => new Persistence.Auditing.HmacAuditSeal(InstallationKeys.Resolve(
            configuration["Audit:SealKey"], app.DemoMode ? Path.Combine(dataDirectory, "demo-audit-seal.key") : null,
            "Audit__SealKey", Persistence.Auditing.HmacAuditSeal.MinimumKeyBytes)));
        services.AddScoped<ActorOverride>();
        services.AddMemoryCache();
        IdentitySetup.AddIdentityStore(services, configuration, app.DemoMode);

        // Cookies and antiforgery tokens written by one node are read by any other: the key ring is in the database.
        services.AddDataProtection().SetApplicationName("CrossRegion").PersistKeysToDbContext<AppDbContext>();
        Identity.OpenId.OpenIdSetup.AddOpenIdServer(services, configuration, app.DemoMode, dataDirectory);
        services.AddScoped<ILoginThrottle, DatabaseLoginThrottle>();
        services.AddScoped<ISessionValidator, DatabaseSessionValidator>();
        services.AddSingleton<ISigningKeyProtector, Identity.Signing.SigningKeyProtector>();
        services.AddScoped<Identity.Signing.SignedRequests>();
        services.AddScoped<LedgerSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Registers the context for the configured provider; answers the connection string the scheduler shares.</summary>
    // Attachments' bytes: in the database unless a folder is configured; the scan hook records "not scanned" unless an
    // installation registers a scanner (TryAdd: the scanner it registered first wins).
    private static void AddAttachments(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(Attachments.AttachmentOptions.SectionName).Get<Attachments.AttachmentOptions>() ?? new Attachments.AttachmentOptions();
        switch (options.Store.ToUpperInvariant())
        {
            case "DATABASE":
                services.AddScoped<IAttachmentStore, Attachments.DatabaseAttachmentStore>();
                break;
            case "FOLDER":
                var folder = string.IsNullOrWhiteSpace(options.Folder)
                    ? throw new InvalidOperationException("Attachments:Folder is required when Attachments:Store is folder.")
                    : Path.GetFullPath(options.Folder, contentRoot);
                services.AddSingleton<IAttachmentStore>(new Attachments.FolderAttachmentStore(folder));
                break;
            default:
                throw new InvalidOperationException($"Unknown Attachments:Store '{options.Store}'; use database or folder.");
        }

        services.TryAddSingleton<IAttachmentScanner, Attachments.UnscannedAttachments>();
    }

    private static string AddDatabase(IServiceCollection services, DatabaseOptions database, string dataDirectory)
    {
        switch (database.Provider.ToUpperInvariant())
        {
            case "SQLITE":
                Directory.CreateDirectory(dataDirectory);
                var sqlite = database.ConnectionString is { Length: > 0 } configured
                    ? configured
                    : $"Data Source={Path.Combine(dataDirectory, "crossregion.db")}";
                services.AddDbContext<SqliteAppDbContext>(o => Configure(o.UseSqlite(sqlite)));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
                return sqlite;
            case "POSTGRES":
                var postgres = database.ConnectionString is { Length: > 0 } server
                    ? TunedForServer(server)
                    : throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is postgres.");
                services.AddDbContext<PostgresAppDbContext>(o => Configure(o.UseNpgsql(postgres)));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
                return postgres;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{database.Provider}'; use sqlite or postgres.");
        }
    }

    // Measured in docs/benchmarks.md. The ledger's queries are few and complex: preparing them server-side saves
    // PostgreSQL the parse and plan of each execution. The application keeps no state in a session beyond its
    // transaction (its SET LOCAL and advisory locks are transaction-scoped and end with it; no session SET, no
    // temporary tables), so the five-statement reset Npgsql would send each time EF returns a connection to the pool
    // is pure overhead. A connection string that sets either value itself wins.
    private static string TunedForServer(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        // Npgsql's default of 100 connections per node exhausts a default PostgreSQL (max_connections 100) in one
        // burst; a node on two cores gains nothing past a few dozen. Requests beyond the pool wait up to the timeout,
        // then get 503 (README, "Sizing the connection pool").
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return builder.ConnectionString;
    }

    /// <summary>Connections per node in server mode unless the connection string says otherwise.</summary>
    public const int DefaultMaxPoolSize = 20;

    // Children of a task (parties, milestones, …) are only ever reached through their task, which carries the
    // visibility filter; EF's warning about required navigations to a filtered entity does not apply.
    // A failed save or command is not an error in itself: a unique key that refuses a duplicate (an Idempotency-Key
    // replay, the loser of a race) is an expected outcome answered with 409. Whatever goes on to fail a request is
    // logged once, at error level, by the API's exception handler (or the job that ran it).
    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            .Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
}
