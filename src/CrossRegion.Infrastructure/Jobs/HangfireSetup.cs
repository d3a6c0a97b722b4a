using CrossRegion.Infrastructure.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Hangfire (ADR 0017). PostgreSQL: its store in the application's database (schema <c>hangfire</c>, created and
/// upgraded by Hangfire.PostgreSql), shared by every node; each scheduling node runs a job server, and a job a killed
/// node was running is taken up by another once its claim lapses (<see cref="SchedulerOptions.InvisibilitySeconds"/>:
/// running jobs renew it). Embedded (SQLite): an in-memory store in the one process (what that loses on a restart is in
/// the ADR). Everything that must happen once is made so by our own tables, not by the scheduler.
/// </summary>
internal static class HangfireSetup
{
    /// <summary>A job server that has not beaten for this long is dead: readiness fails, and the others forget it.</summary>
    public static readonly TimeSpan ServerTimeout = TimeSpan.FromMinutes(1);

    public static void AddScheduler(IServiceCollection services, IConfiguration configuration, string provider, string connectionString)
    {
        var section = configuration.GetSection(SchedulerOptions.SectionName);
        services.Configure<SchedulerOptions>(section);
        var options = section.Get<SchedulerOptions>() ?? new SchedulerOptions();
        foreach (var job in JobCatalog.All.Where(j => !j.Pump))
        {
            CronSchedule.Parse(job.Name, options.ScheduleOf(job).Cron);
        }

        var postgres = provider == DatabaseProviders.Postgres;
        services.AddScoped<Application.Jobs.Common.IJobAdmin, HangfireJobAdmin>();
        services.AddSingleton<JobFrame>();
        services.AddSingleton<JobLocks>(postgres ? new PostgresJobLocks(connectionString) : new SqliteJobLocks(connectionString));
        if (!postgres && !options.Enabled)
        {
            // An API-only node on an embedded file: no store to look at (the node that owns the file runs the jobs).
            return;
        }

        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        services.AddSingleton<JobStorage>(sp =>
        {
            // Hangfire's configuration (its process-wide log provider among it) first: the store logs as it starts.
            sp.GetRequiredService<IGlobalConfiguration>();
            return postgres ? PostgresStorage(connectionString, options, poll) : new InMemoryStorage();
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(new JobFilterProviderCollection(JobFilterProviders.Providers, new JobRetries()));
        services.AddHangfire((sp, c) => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings().UseLogProvider(new HangfireLogs(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())));
        services.AddSingleton<JobSchedules>();
        if (!options.Enabled)
        {
            return;
        }

        services.AddHostedService<SchedulerStartup>();
        services.AddHangfireServer((_, server) =>
        {
            server.ServerName = options.NodeName;
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = poll;
            server.HeartbeatInterval = TimeSpan.FromSeconds(10);
            server.ServerCheckInterval = TimeSpan.FromSeconds(30);
            server.ServerTimeout = ServerTimeout;
        });
        services.AddSingleton<Pumps>();
        services.AddHostedService(sp => sp.GetRequiredService<Pumps>());
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, SchedulerOptions options, TimeSpan poll)
    {
        var invisibility = TimeSpan.FromSeconds(options.InvisibilitySeconds);
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = poll,

            // Defaults: 30 minutes before a killed node's job is handed on, and 10 before its locks are. A running job
            // renews its claim every fifth of the timeout, so a short one hands on only the jobs of the dead.
            InvisibilityTimeout = invisibility,
            UseSlidingInvisibilityTimeout = true,
            DistributedLockTimeout = invisibility,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storage), storage);
    }
}
