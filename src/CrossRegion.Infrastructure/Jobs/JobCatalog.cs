using CrossRegion.Application.Jobs.Common;
using Quartz;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>A background job: its name, what it does, its default schedule and how a missed or failed run is handled.</summary>
internal sealed record JobDefinition(
    string Name, Type JobType, string DefaultCron, CronTriggerMisfireInstruction Misfire, bool RequestRecovery, RetryPolicy? Retry, string Description);

/// <summary>Every job the service runs. Misfire and retry choices are explained in docs/jobs.md.</summary>
internal static class JobCatalog
{
    public const string Group = "crossregion";

    public static readonly IReadOnlyList<JobDefinition> All =
    [
        // A chase missed while every node was down runs once when one comes back: the day's notices are still owed.
        // A failure is retried with backoff and jitter (each step is its own transaction; a retry redoes only what is missing).
        new(JobNames.Chase, typeof(ChaseJob), "0 0 9 * * ?", CronTriggerMisfireInstruction.FireAndProceed, RequestRecovery: true,
            RetryPolicy.Exponential(4, TimeSpan.FromMinutes(1), 2, TimeSpan.FromMinutes(15), 0.2),
            "Reminders, 催办 notices and escalations for milestones and monthly reports."),

        // A quarter's bulletin missed while every node was down is still owed: run once when one comes back.
        new(JobNames.Bulletin, typeof(BulletinJob), "0 0 7 1 1,4,7,10 ?", CronTriggerMisfireInstruction.FireAndProceed, RequestRecovery: true,
            RetryPolicy.Exponential(4, TimeSpan.FromMinutes(5), 2, TimeSpan.FromHours(1), 0.2),
            "季通报: the bulletin of the quarter just ended (07:00 on the first day of each quarter)."),

        // Clean-up loses nothing by waiting for its next slot.
        new(JobNames.Retention, typeof(RetentionJob), "0 30 3 * * ?", CronTriggerMisfireInstruction.DoNothing, RequestRecovery: false,
            null, "Deletes expired operational records: Idempotency-Key outcomes, job runs, finished webhook deliveries, delivered outbox events."),

        // A pump: a missed firing is covered by the next, two seconds later; a failure likewise.
        new(JobNames.OutboxSequencer, typeof(OutboxSequencerJob), "0/2 * * * * ?", CronTriggerMisfireInstruction.DoNothing, RequestRecovery: false,
            null, "Gives committed outbox events their positions in the change feed."),

        // A pump: deliveries carry their own retry schedule (Webhooks:*), so the job itself is not retried.
        new(JobNames.WebhookDispatcher, typeof(WebhookDispatcherJob), "1/2 * * * * ?", CronTriggerMisfireInstruction.DoNothing, RequestRecovery: false,
            null, "Plans and sends signed webhook deliveries, retrying with backoff and dead-lettering."),
    ];

    public static JobDefinition? Find(string name) => All.FirstOrDefault(j => j.Name == name);

    public static JobKey KeyOf(string name) => new(name, Group);

    public static TriggerKey TriggerOf(string name) => new(name + ".schedule", Group);
}
