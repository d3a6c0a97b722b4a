using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Jobs.Common;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Reads and steers the jobs through Quartz. With clustering the store is shared, so pause, resume and run-now take
/// effect on every node, whichever node received the request. On a node whose scheduler is off, nothing is known.
/// </summary>
internal sealed class QuartzJobAdmin(IServiceProvider services) : IJobAdmin
{
    public async Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken cancellationToken)
    {
        if (await SchedulerAsync(cancellationToken) is not { } scheduler)
        {
            return [];
        }

        var list = new List<JobStatus>();
        foreach (var job in JobCatalog.All)
        {
            var trigger = await scheduler.GetTrigger(JobCatalog.TriggerOf(job.Name), cancellationToken) as ICronTrigger;
            var state = trigger is null ? "unscheduled" : (await scheduler.GetTriggerState(trigger.Key, cancellationToken)).ToString().ToLowerInvariant();
            list.Add(new JobStatus(
                job.Name,
                job.Description,
                trigger?.CronExpressionString ?? job.DefaultCron,
                (trigger?.TimeZone ?? ShanghaiClock.Zone).Id,
                state,
                trigger?.NextFireTimeUtc,
                trigger?.PreviousFireTimeUtc,
                job.Misfire.ToString(),
                job.RequestRecovery,
                job.Retry?.ToString()));
        }

        return list;
    }

    public async Task<bool> PauseAsync(string job, string by, CancellationToken cancellationToken)
    {
        if (await KnownAsync(job, cancellationToken) is not { } scheduler)
        {
            return false;
        }

        await scheduler.PauseJobWith(JobCatalog.KeyOf(job), new PauseDetails { RequestedBy = by, Reason = "paused through /api/v1/admin/jobs" }, cancellationToken);
        return true;
    }

    public async Task<bool> ResumeAsync(string job, CancellationToken cancellationToken)
    {
        if (await KnownAsync(job, cancellationToken) is not { } scheduler)
        {
            return false;
        }

        await scheduler.ResumeJob(JobCatalog.KeyOf(job), cancellationToken);
        return true;
    }

    public async Task<bool> RunNowAsync(string job, CancellationToken cancellationToken)
    {
        if (await KnownAsync(job, cancellationToken) is not { } scheduler)
        {
            return false;
        }

        await scheduler.TriggerJob(JobCatalog.KeyOf(job), cancellationToken);
        return true;
    }

    private async Task<IScheduler?> KnownAsync(string job, CancellationToken cancellationToken) =>
        JobCatalog.Find(job) is null ? null : await SchedulerAsync(cancellationToken);

    private async Task<IScheduler?> SchedulerAsync(CancellationToken cancellationToken) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(cancellationToken) : null;
}
