using System.Reflection;
using CrossRegion.Application.Common.Time;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Puts the jobs into Hangfire: a job's recurring schedule from configuration (cron in Asia/Shanghai, the catalogue's
/// misfire handling), taken out while the job is paused or turned off; and single runs (run-now, a catch-up).
/// </summary>
internal sealed class JobSchedules(IRecurringJobManagerV2 recurring, IBackgroundJobClient client, IOptions<SchedulerOptions> options)
{
    private static readonly MethodInfo Perform = typeof(SystemJob).GetMethod(nameof(SystemJob.PerformAsync))!;

    /// <summary>Schedules <paramref name="job"/> as configured, or removes its schedule when it is paused or turned off.</summary>
    public void Apply(JobDefinition job, bool paused)
    {
        var (cron, enabled) = options.Value.ScheduleOf(job);
        if (job.Pump || paused || !enabled)
        {
            recurring.RemoveIfExists(job.Name);
            return;
        }

        recurring.AddOrUpdate(job.Name, Call(job, manual: false), cron, new RecurringJobOptions
        {
            TimeZone = ShanghaiClock.Zone,
            MisfireHandling = job.Misfire,
        });
    }

    /// <summary>Queues one run on whichever node's worker takes it first.</summary>
    public string Enqueue(JobDefinition job, bool manual) => client.Create(Call(job, manual), new EnqueuedState());

    private static Job Call(JobDefinition job, bool manual) => new(job.JobType, Perform, manual, null!, CancellationToken.None);
}
