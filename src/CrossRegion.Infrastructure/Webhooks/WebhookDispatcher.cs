using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Changes.ListChanges;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Webhooks;

/// <summary>
/// Plans a delivery for every positioned event a subscription wants (unique per subscription and event), then
/// sends each subscription's deliveries strictly in feed order: a delivery waiting for a retry holds back the ones
/// after it, so a receiver sees every task's events in order. Timeouts, connection failures, 5xx, 408 and 429 are
/// retried with exponential backoff and jitter; other answers, or the last attempt, dead-letter the delivery and
/// the next one goes. Runs one round at a time across the cluster (the job is not concurrent).
/// </summary>
internal sealed class WebhookDispatcher(
    AppDbContext db, IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time, CrossRegionMetrics metrics) : IWebhookDispatcher
{
    public const string HttpClientName = "webhooks";
    private const int PlanBatch = 1000;
    private const int SendBatch = 100;

    public async Task<WebhookRound> DispatchAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.Where(s => s.Active).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var round = new WebhookRound(0, 0, 0, 0);
        foreach (var subscription in subscriptions)
        {
            round = round with { Planned = round.Planned + await PlanAsync(subscription, cancellationToken) };
        }

        foreach (var subscription in subscriptions)
        {
            var sent = await SendAsync(subscription, cancellationToken);
            round = round with
            {
                Delivered = round.Delivered + sent.Delivered, Retrying = round.Retrying + sent.Retrying, DeadLettered = round.DeadLettered + sent.DeadLettered,
            };
        }

        return round;
    }

    // The subscription's jurisdiction is its visibility rule (the same participation test as the tasks' filter), so
    // planning does not depend on who runs the round.
    private async Task<int> PlanAsync(WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var types = subscription.Types.ToList();
        var code = subscription.JurisdictionCode;
        var owner = subscription.OwnerClientId;
        var events = await db.OutboxEvents.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
            .Where(e => e.Position > subscription.LastPosition)
            .OrderBy(e => e.Position)
            .Take(PlanBatch)
            .Select(e => new
            {
                e.Id,
                Position = e.Position!.Value,
                e.Type,
                // A jurisdiction's subscription hears of its tasks, and of notices only those addressed to it: the
                // notices its machine client may read (GET /api/v1/notices/{id}). The query ignores the visibility
                // filter as a whole (the dispatcher decides per subscription), subqueries included.
                Wanted = types.Contains(e.Type)
                    // Work handed down from above is heard by the client that sent it, and by the subscriptions for
                    // every city (the joint office's systems); a city hears of it through the draft task's own events.
                    && (e.AssignmentId != null
                        ? db.InboundAssignments.Any(a => a.Id == e.AssignmentId && ((owner != null && a.ClientId == owner) || code == null))
                        : code == null
                        // A subscription for every city hears of the joint picture only: a city's unshared own
                        // programme stays with that city's own subscriptions.
                        ? (e.TaskId == null && (e.TaskForceId == null || db.TaskForces.Any(f => f.Id == e.TaskForceId
                                && db.Programmes.Any(p => p.Code == f.ProgrammeCode && (p.OwnerJurisdiction == null || p.SharedWithOffice != null)))))
                            || db.Tasks.Any(t => t.Id == e.TaskId
                                && db.Programmes.Any(p => p.Code == t.ProgrammeCode && (p.OwnerJurisdiction == null || p.SharedWithOffice != null)))
                        // A city's subscription hears of what is every reader's (no task: a published evaluation) too,
                        // and of the task forces of the programmes it is a member of.
                        : (e.TaskId == null && e.NoticeId == null && e.TaskForceId == null)
                            || (e.TaskForceId != null && db.TaskForces.Any(f => f.Id == e.TaskForceId
                                && db.Set<ProgrammeMember>().Any(m => m.ProgrammeCode == f.ProgrammeCode && m.JurisdictionCode == code)))
                            || (db.Tasks.Any(t => t.Id == e.TaskId && t.Parties.Any(p => p.JurisdictionCode == code))
                                && (e.NoticeId == null || db.Notices.Any(n => n.Id == e.NoticeId && n.JurisdictionCode == code)))),
            })
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var wanted = events.Where(e => e.Wanted).ToList();
        foreach (var e in wanted)
        {
            db.WebhookDeliveries.Add(WebhookDelivery.For(subscription.Id, e.Id, e.Position, e.Type, now));
        }

        subscription.PlannedThrough(events[^1].Position);
        await db.SaveChangesAsync(cancellationToken);
        return wanted.Count;
    }

    private async Task<(int Delivered, int Retrying, int DeadLettered)> SendAsync(WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        int delivered = 0, retrying = 0, dead = 0;
        for (var i = 0; i < SendBatch; i++)
        {
            var delivery = await db.WebhookDeliveries
                .Where(d => d.SubscriptionId == subscription.Id && d.Status == WebhookDeliveryStatus.Pending)
                .OrderBy(d => d.Position)
                .FirstOrDefaultAsync(cancellationToken);
            if (delivery is null || delivery.NextAttemptAt > time.GetUtcNow())
            {
                break;
            }

            var outcome = await AttemptAsync(subscription, delivery, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            metrics.WebhookAttempt(outcome);
            switch (outcome)
            {
                case "delivered":
                    delivered++;
                    continue;
                case "dead":
                    dead++;
                    continue;
                default:
                    // Nothing after it goes before it.
                    retrying++;
                    return (delivered, retrying, dead);
            }
        }

        return (delivered, retrying, dead);
    }

    private async Task<string> AttemptAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var e = await db.OutboxEvents.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking().Where(x => x.Id == delivery.EventId).Select(x => new { x.Type, x.OccurredAt, x.Payload }).SingleAsync(cancellationToken);
        var id = ListChangesQueryHandler.EventId(delivery.EventId);
        var body = $$"""{"type":{{JsonSerializer.Serialize(e.Type)}},"timestamp":"{{e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}}","data":{{e.Payload}}}""";
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.Secret, id, timestamp, body));

        var settings = options.Value;
        var watch = Stopwatch.StartNew();
        int? status = null;
        string error;
        bool retryable;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Succeeded(status.Value, time.GetUtcNow(), watch.ElapsedMilliseconds);
                return "delivered";
            }

            error = $"HTTP {status}";
            retryable = status is >= 500 or 408 or 429;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            (error, retryable) = ($"no answer within {settings.TimeoutSeconds} s", true);
        }
        catch (HttpRequestException)
        {
            // Refused, reset, unreachable or not allowed: one text for all, so the log does not map internal ports.
            (error, retryable) = (WebhookConnector.Unreachable, true);
        }

        var attempt = delivery.Attempts + 1;
        DateTimeOffset? retryAt = retryable && attempt < settings.MaxAttempts ? time.GetUtcNow() + Backoff(attempt, settings) : null;
        delivery.Failed(status, error, time.GetUtcNow(), watch.ElapsedMilliseconds, retryAt);
        return retryAt is null ? "dead" : "retry";
    }

    /// <summary>first × 2^(n-1), at most the ceiling, scattered ±20 % so that receivers that failed together are not retried together.</summary>
    internal static TimeSpan Backoff(int attempt, WebhookOptions settings) => Backoff(attempt, settings.FirstRetrySeconds, settings.MaxRetrySeconds);

    /// <summary>The same schedule for any outbox-driven delivery (webhooks, notification channels).</summary>
    internal static TimeSpan Backoff(int attempt, double firstSeconds, double maxSeconds)
    {
        var wait = Math.Min(maxSeconds, firstSeconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromSeconds(wait * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}
