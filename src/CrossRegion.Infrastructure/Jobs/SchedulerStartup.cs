using System.Data.Common;
using CrossRegion.Application.Common.Time;
using CrossRegion.Infrastructure.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// On a scheduling node's start: every job's schedule as configured (paused jobs stay out), and, for the embedded
/// node whose Hangfire store is in memory, the run its last stop made it miss. PostgreSQL's store remembers when each
/// schedule last fired and Hangfire itself fires a missed chase or bulletin once; the in-memory store starts empty, so
/// the node looks at its own record instead: a chase or bulletin whose latest scheduled time passed with no run since
/// (succeeded or skipped) is queued once. A node that has never run the job owes nothing.
/// </summary>
internal sealed partial class SchedulerStartup(
    IServiceScopeFactory scopes, JobSchedules schedules, JobStorage storage, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<SchedulerStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        HashSet<string> paused;
        try
        {
            paused = [.. await db.PausedJobs.AsNoTracking().Select(p => p.Job).ToListAsync(cancellationToken)];
        }
        catch (DbException ex)
        {
            // The database is not there yet (readiness says so): schedule everything; a paused job's runs check again.
            LogPausesUnknown(logger, ex);
            paused = [];
        }

        foreach (var job in JobCatalog.All)
        {
            schedules.Apply(job, paused.Contains(job.Name));
        }

        if (storage is InMemoryStorage)
        {
            await CatchUpAsync(db, paused, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CatchUpAsync(AppDbContext db, HashSet<string> paused, CancellationToken cancellationToken)
    {
        foreach (var job in JobCatalog.All.Where(j => !j.Pump && j.Misfire == MisfireHandlingMode.Relaxed && !paused.Contains(j.Name)))
        {
            var (cron, enabled) = options.Value.ScheduleOf(job);
            if (!enabled || CronSchedule.Latest(CronSchedule.Parse(job.Name, cron), time.GetUtcNow(), ShanghaiClock.Zone) is not { } latest)
            {
                continue;
            }

            // Instants are stored in UTC (and compared as stored on SQLite): the occurrence comes in Beijing time.
            var due = latest.ToUniversalTime();

            var runs = db.JobRuns.AsNoTracking().Where(r => r.Job == job.Name);
            if (await runs.AnyAsync(cancellationToken) && !await runs.AnyAsync(r => r.StartedAt >= due && r.Outcome != "failed", cancellationToken))
            {
                schedules.Enqueue(job, manual: false);
                LogCaughtUp(logger, job.Name, due);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paused jobs could not be read; every job is scheduled as configured")]
    private static partial void LogPausesUnknown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} missed its run of {Due} while the service was stopped: queued once now")]
    private static partial void LogCaughtUp(ILogger logger, string job, DateTimeOffset due);
}
