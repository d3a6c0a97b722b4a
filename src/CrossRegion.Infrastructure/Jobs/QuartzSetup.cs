using CrossRegion.Application.Common.Time;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Quartz with its persistent ADO.NET store in the application's own database: clustered on PostgreSQL (every node
/// a scheduler with its own instance id; a job a dead node was running is recovered by another), a single
/// scheduler on SQLite. The QRTZ_ tables are created on first start. Every trigger is a cron in Asia/Shanghai.
/// </summary>
internal static class QuartzSetup
{
    public static void AddScheduler(IServiceCollection services, SchedulerOptions scheduler, string provider, string connectionString)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "CrossRegion";
                if (scheduler.InstanceId is { Length: > 0 } id)
                {
                    o.InstanceId = id;
                }
            });
            q.UsePersistentStore(store =>
            {
                if (provider == DatabaseProviders.Postgres)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(scheduler.CheckinIntervalSeconds));
                }
                else
                {
                    store.UseSqlite(SqliteFactory.Instance, connectionString);
                }

                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });

            foreach (var job in JobCatalog.All)
            {
                var schedule = scheduler.Jobs.GetValueOrDefault(job.Name) ?? new JobScheduleOptions();
                q.AddJob(job.JobType, j => j.WithIdentity(JobCatalog.KeyOf(job.Name)).StoreDurably().RequestRecovery(job.RequestRecovery).WithDescription(job.Description));
                if (!schedule.Enabled)
                {
                    continue;
                }

                q.AddTrigger(t =>
                {
                    t.ForJob(JobCatalog.KeyOf(job.Name))
                        .WithIdentity(JobCatalog.TriggerOf(job.Name))
                        .WithCronSchedule(schedule.Cron ?? job.DefaultCron, cron => cron.InTimeZone(ShanghaiClock.Zone).WithMisfireInstruction(job.Misfire));
                    if (job.Retry is not null)
                    {
                        t.WithRetryPolicy(job.Retry);
                    }
                });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
