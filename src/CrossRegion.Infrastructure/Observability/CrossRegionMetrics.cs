using System.Diagnostics;
using System.Diagnostics.Metrics;
using CrossRegion.Application.Chasing.Common;

namespace CrossRegion.Infrastructure.Observability;

/// <summary>The service's own instruments (meter <c>CrossRegion</c>), for any System.Diagnostics.Metrics listener or exporter.</summary>
public sealed class CrossRegionMetrics
{
    public const string MeterName = "CrossRegion";

    private readonly Counter<long> _notices;
    private readonly Counter<long> _escalations;
    private readonly Histogram<double> _jobDuration;
    private readonly Counter<long> _jobRuns;
    private readonly Counter<long> _webhookAttempts;
    private readonly Counter<long> _webhookFailures;

    public CrossRegionMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _notices = meter.CreateCounter<long>("crossregion.notices.issued", "{notice}", "Reminders and notices issued by the chase.");
        _escalations = meter.CreateCounter<long>("crossregion.notices.escalations", "{notice}", "Notices issued on a rung above the first.");
        _jobDuration = meter.CreateHistogram<double>("crossregion.job.duration", "s", "How long background job runs take.");
        _jobRuns = meter.CreateCounter<long>("crossregion.job.runs", "{run}", "Background job runs by outcome.");
        _webhookAttempts = meter.CreateCounter<long>("crossregion.webhook.attempts", "{attempt}", "Webhook delivery attempts by outcome (delivered, retry, dead).");
        _webhookFailures = meter.CreateCounter<long>("crossregion.webhook.failures", "{attempt}", "Webhook delivery attempts that failed.");
    }

    public void Issued(ChaseStep step, int count)
    {
        ArgumentNullException.ThrowIfNull(step);
        var kind = new KeyValuePair<string, object?>("kind", step.Kind.ToString());
        var subject = new KeyValuePair<string, object?>("subject", step.Subject.ToString());
        _notices.Add(count, kind, subject);
        if (step is EscalationStep up)
        {
            _escalations.Add(count, subject, new("level", up.Level.ToString()), new("jurisdiction", up.Jurisdiction));
        }
    }

    public void WebhookAttempt(string outcome)
    {
        _webhookAttempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (outcome != "delivered")
        {
            _webhookFailures.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    public void JobFinished(string job, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome } };
        _jobDuration.Record(duration.TotalSeconds, tags);
        _jobRuns.Add(1, tags);
    }
}
