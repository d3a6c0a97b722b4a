using CrossRegion.Application.Jobs.Common;
using Hangfire;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// A background job: its name, what it does, its default schedule (cron in Asia/Shanghai; a pump runs every few
/// seconds on each node instead) and how a missed or failed run is handled.
/// </summary>
internal sealed record JobDefinition(string Name, Type JobType, string DefaultCron, MisfireHandlingMode Misfire, JobRetry? Retry, string Description)
{
    /// <summary>A pump runs on every scheduling node every <see cref="SchedulerOptions.PumpIntervalSeconds"/>, not on a cron.</summary>
    public bool Pump { get; init; }
}

/// <summary>Every job the service runs. Misfire and retry choices are explained in docs/jobs.md.</summary>
internal static class JobCatalog
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        // A chase missed while every node was down runs once when one comes back: the day's notices are still owed.
        // A failure is retried with backoff and jitter (each step is its own transaction; a retry redoes only what is missing).
        new(JobNames.Chase, typeof(ChaseJob), "0 9 * * *", MisfireHandlingMode.Relaxed, new JobRetry(4, 60, 2, 900, 0.2),
            "Reminders, 催办 notices and escalations for milestones and monthly reports."),

        // A quarter's bulletin missed while every node was down is still owed: run once when one comes back.
        new(JobNames.Bulletin, typeof(BulletinJob), "0 7 1 1,4,7,10 *", MisfireHandlingMode.Relaxed, new JobRetry(4, 300, 2, 3600, 0.2),
            "季通报: the bulletin of the quarter just ended (07:00 on the first day of each quarter)."),

        // Clean-up loses nothing by waiting for its next slot.
        new(JobNames.Retention, typeof(RetentionJob), "30 3 * * *", MisfireHandlingMode.Ignorable, null,
            "Deletes expired operational records: Idempotency-Key outcomes, job runs, finished webhook deliveries, delivered outbox events."),

        // A pump: a missed round is covered by the next, two seconds later; a failure likewise.
        new(JobNames.OutboxSequencer, typeof(OutboxSequencerJob), "*/2 * * * * *", MisfireHandlingMode.Ignorable, null,
            "Gives committed outbox events their positions in the change feed.") { Pump = true },

        // A pump: deliveries carry their own retry schedule (Webhooks:*), so the round itself is not retried.
        new(JobNames.WebhookDispatcher, typeof(WebhookDispatcherJob), "*/2 * * * * *", MisfireHandlingMode.Ignorable, null,
            "Plans and sends signed webhook deliveries, retrying with backoff and dead-lettering.") { Pump = true },

        // A pump: deliveries carry their own retry schedule (Channels:*), so the round itself is not retried.
        new(JobNames.ChannelDispatcher, typeof(ChannelDispatcherJob), "*/10 * * * * *", MisfireHandlingMode.Ignorable, null,
            "Sends notices by email, SMS and 钉钉 / 企业微信 group robots, retrying with backoff and dead-lettering.") { Pump = true },
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => j.Name == name);

    public static JobDefinition? Of(Type type) => All.FirstOrDefault(j => j.JobType == type);
}
