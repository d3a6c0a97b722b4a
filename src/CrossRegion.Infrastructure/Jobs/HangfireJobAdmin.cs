using System.Globalization;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Domain.Operations;
using CrossRegion.Infrastructure.Persistence;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Reads and steers the jobs through Hangfire's store and the paused-job records. On PostgreSQL the store is shared,
/// so pause, resume and run-now take effect on every node, whichever node received the request (an API-only node
/// too). An API-only node on the embedded database has no store and knows no jobs.
/// </summary>
internal sealed class HangfireJobAdmin(IServiceProvider services, AppDbContext db, TimeProvider time, IOptions<SchedulerOptions> options) : IJobAdmin
{
    public async Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<JobStorage>() is not { } storage)
        {
            return [];
        }

        var paused = await db.PausedJobs.AsNoTracking().Select(p => p.Job).ToListAsync(cancellationToken);
        List<RecurringJobDto> recurring;
        using (var connection = storage.GetConnection())
        {
            recurring = connection.GetRecurringJobs([.. JobCatalog.All.Select(j => j.Name)]);
        }

        var pumps = services.GetService<Pumps>();
        return [.. JobCatalog.All.Select(job => job.Pump
            ? Pump(job, paused.Contains(job.Name), pumps)
            : Scheduled(job, paused.Contains(job.Name), recurring.FirstOrDefault(r => r.Id == job.Name && !r.Removed)))];
    }

    public async Task<bool> PauseAsync(string job, string by, CancellationToken cancellationToken)
    {
        if (Known(job) is not { } definition)
        {
            return false;
        }

        if (!await db.PausedJobs.AnyAsync(p => p.Job == job, cancellationToken))
        {
            db.PausedJobs.Add(PausedJob.Pause(job, by, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        services.GetRequiredService<JobSchedules>().Apply(definition, paused: true);
        return true;
    }

    public async Task<bool> ResumeAsync(string job, CancellationToken cancellationToken)
    {
        if (Known(job) is not { } definition)
        {
            return false;
        }

        await db.PausedJobs.Where(p => p.Job == job).ExecuteDeleteAsync(cancellationToken);
        services.GetRequiredService<JobSchedules>().Apply(definition, paused: false);
        return true;
    }

    public Task<bool> RunNowAsync(string job, CancellationToken cancellationToken)
    {
        if (Known(job) is not { } definition)
        {
            return Task.FromResult(false);
        }

        services.GetRequiredService<JobSchedules>().Enqueue(definition, manual: true);
        return Task.FromResult(true);
    }

    private JobDefinition? Known(string job) => services.GetService<JobSchedules>() is null ? null : JobCatalog.Find(job);

    private JobStatus Scheduled(JobDefinition job, bool paused, RecurringJobDto? schedule)
    {
        var state = paused ? "paused" : schedule is null ? "unscheduled" : schedule.Error is null ? "normal" : "error";
        return new JobStatus(
            job.Name,
            job.Description,
            schedule?.Cron ?? options.Value.ScheduleOf(job).Cron,
            schedule?.TimeZoneId ?? ShanghaiClock.Zone.Id,
            state,
            Utc(schedule?.NextExecution),
            Utc(schedule?.LastExecution),
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(job.Misfire.ToString()),
            Recoverable: true,
            job.Retry?.ToString());
    }

    private JobStatus Pump(JobDefinition job, bool paused, Pumps? pumps)
    {
        var seconds = options.Value.PumpIntervalSeconds;
        var state = paused ? "paused" : pumps is not null && options.Value.ScheduleOf(job).Enabled ? "normal" : "unscheduled";
        return new JobStatus(
            job.Name,
            job.Description,
            string.Create(CultureInfo.InvariantCulture, $"every {seconds} s on each scheduling node"),
            ShanghaiClock.Zone.Id,
            state,
            state == "normal" ? pumps!.LastRound + pumps.Interval : null,
            pumps?.LastRound,
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(job.Misfire.ToString()),
            Recoverable: false,
            job.Retry?.ToString());
    }

    private static DateTimeOffset? Utc(DateTime? instant) => instant is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
}
