using System.Diagnostics.Metrics;

namespace CrossRegion.Infrastructure.Observability;

/// <summary>
/// What operators watch besides the counters (meter <c>CrossRegion</c>): the outbox's lag (age of the oldest committed
/// event without a feed position), the webhook backlog and dead letters, and the job store's queues. Sampled from the
/// database every few seconds by <see cref="OperationalSampler"/> and exported from start-up on (zero until the first
/// sample), so an alert on them never waits for a first change.
/// </summary>
public sealed class OperationalGauges
{
    private Snapshot _current = new(0, 0, 0, new Dictionary<string, long>());

    public OperationalGauges(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(CrossRegionMetrics.MeterName);
        meter.CreateObservableGauge("crossregion.outbox.lag", () => _current.OutboxLagSeconds, "s",
            "Age of the oldest committed outbox event not yet positioned in the change feed (0 when none waits).");
        meter.CreateObservableGauge("crossregion.webhook.backlog", () => _current.WebhookBacklog, "{delivery}",
            "Webhook deliveries waiting for their turn or their next attempt.");
        meter.CreateObservableGauge("crossregion.webhook.dead", () => _current.WebhookDead, "{delivery}",
            "Webhook deliveries dead-lettered and not redelivered.");
        meter.CreateObservableGauge("crossregion.scheduler.jobs", () => _current.SchedulerJobs.Select(
                s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>("state", s.Key))), "{job}",
            "Jobs in the job store by state: enqueued (waiting for a worker), scheduled (retries and delayed runs), processing, failed.");
    }

    /// <summary>When the last sample was taken (null before the first).</summary>
    public DateTimeOffset? SampledAt { get; private set; }

    internal void Update(Snapshot snapshot, DateTimeOffset at)
    {
        _current = snapshot;
        SampledAt = at;
    }

    internal sealed record Snapshot(double OutboxLagSeconds, long WebhookBacklog, long WebhookDead, IReadOnlyDictionary<string, long> SchedulerJobs);
}
