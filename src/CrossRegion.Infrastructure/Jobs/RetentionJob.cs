using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Domain.Integration;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Nightly housekeeping of operational records (never of the ledger, notices, bulletins or the audit log):
/// Idempotency-Key outcomes after <c>Idempotency:RetentionHours</c> (default 72, never under the 24 promised);
/// job runs after <c>Retention:JobRunDays</c> (90); finished webhook deliveries with their attempts after
/// <c>Retention:WebhookDeliveryDays</c> (30); outbox events after <c>Retention:OutboxEventDays</c> (90), but only
/// those every active subscription has planned and no delivery still refers to. A change-feed reader further behind
/// than that resumes at the oldest event kept. The token server's tokens and sign-ins that no longer count (redeemed,
/// revoked, expired) after <c>Retention:TokenServerDays</c> (14). Signed requests' nonces once twice the clock window has passed.
/// </summary>
internal sealed class RetentionJob(JobFrame frame, ILogger<RetentionJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.Retention;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var db = services.GetRequiredService<AppDbContext>();

        var hours = Math.Max(24, configuration.GetValue("Idempotency:RetentionHours", 72));
        var keysBefore = now.AddHours(-hours);
        var keys = await db.IdempotencyRecords.Where(r => r.CreatedAt < keysBefore).ExecuteDeleteAsync(cancellationToken);

        var runsBefore = now.AddDays(-Math.Max(1, configuration.GetValue("Retention:JobRunDays", 90)));
        var runs = await db.JobRuns.Where(r => r.StartedAt < runsBefore).ExecuteDeleteAsync(cancellationToken);

        var deliveriesBefore = now.AddDays(-Math.Max(1, configuration.GetValue("Retention:WebhookDeliveryDays", 30)));
        var deliveries = await db.WebhookDeliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Pending && (d.DeliveredAt ?? d.NextAttemptAt) < deliveriesBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var eventsBefore = now.AddDays(-Math.Max(1, configuration.GetValue("Retention:OutboxEventDays", 90)));
        var planned = await db.WebhookSubscriptions.Where(s => s.Active).MinAsync(s => (long?)s.LastPosition, cancellationToken) ?? long.MaxValue;
        var events = await db.OutboxEvents.IgnoreQueryFilters([VisibilityFilter.Name])
            .Where(e => e.Position != null && e.Position <= planned && e.OccurredAt < eventsBefore && !db.WebhookDeliveries.Any(d => d.EventId == e.Id))
            .ExecuteDeleteAsync(cancellationToken);

        // A signed request's nonce only has to outlive the clock window it could be replayed in (ADR 0028).
        var noncesBefore = now - 2 * Identity.Signing.SignedRequests.ClockWindow;
        var nonces = await db.RequestNonces.Where(n => n.SeenAt < noncesBefore).ExecuteDeleteAsync(cancellationToken);

        var tokensBefore = now.AddDays(-Math.Max(1, configuration.GetValue("Retention:TokenServerDays", 14)));
        var tokens = await services.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(tokensBefore, cancellationToken);
        var signIns = await services.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(tokensBefore, cancellationToken);

        return ("succeeded", $"Deleted {keys} idempotency records, {runs} job runs, {deliveries} finished deliveries, {events} outbox events, {nonces} request nonces, {tokens} tokens and {signIns} sign-ins of the token server.");
    }
}
