using System.Globalization;
using System.Security.Cryptography;
using CrossRegion.Application.Changes;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Integration;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks;

public sealed class CreateWebhookCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, IOutboxSequencer sequencer)
    : IRequestHandler<CreateWebhookCommand, WebhookCreatedDto>
{
    public async Task<WebhookCreatedDto> Handle(CreateWebhookCommand request, CancellationToken cancellationToken)
    {
        // A new subscription starts at the end of the feed: it receives what happens from now on. Everything already
        // committed is positioned first, so that nothing from before can slip in behind the starting point.
        var jurisdiction = request.Jurisdiction;
        string? owner = null;
        if (caller.Kind == CallerKind.Client)
        {
            // A client hears only of tasks it may read: one of its own jurisdictions, named or implied.
            jurisdiction ??= caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;
            if (jurisdiction is null || !caller.Jurisdictions.Contains(jurisdiction))
            {
                throw new ForbiddenAccessException(Localized.Text(
                    $"客户端只能订阅其限定地区（{string.Join("、", caller.Jurisdictions)}）之一的事件，请在 jurisdiction 中指明。",
                    $"A client subscribes for one of its own jurisdictions ({string.Join(", ", caller.Jurisdictions)}); name it in jurisdiction."));
            }

            owner = caller.Name;
        }

        await sequencer.SequenceAsync(cancellationToken);
        var end = await db.OutboxEvents.MaxAsync(e => e.Position, cancellationToken) ?? 0;
        var secret = request.Secret ?? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = WebhookSubscription.Create(
            request.Name!, request.Url!, secret, request.EventTypes!, jurisdiction, end, caller.Name ?? "unknown", owner, time.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookCreatedDto(subscription.Id, subscription.Name, subscription.Url, subscription.Types, subscription.JurisdictionCode, secret);
    }
}

public sealed class ListWebhooksQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListWebhooksQuery, IReadOnlyList<WebhookDto>>
{
    public async Task<IReadOnlyList<WebhookDto>> Handle(ListWebhooksQuery request, CancellationToken cancellationToken) =>
        (await WebhookOwnership.Managed(db, caller).AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
        .Select(s => new WebhookDto(s.Id, s.Name, s.Url, s.Types, s.JurisdictionCode, s.Active, s.LastPosition, s.CreatedAt, s.OwnerClientId))
        .ToList();
}

public sealed class DeactivateWebhookCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<DeactivateWebhookCommand>
{
    public async Task<Unit> Handle(DeactivateWebhookCommand request, CancellationToken cancellationToken)
    {
        var subscription = await WebhookOwnership.Managed(db, caller).SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("webhook", request.Id.ToString());
        subscription.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class ListDeliveriesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListDeliveriesQuery, CursorPage<WebhookDeliveryDto>>
{
    public async Task<CursorPage<WebhookDeliveryDto>> Handle(ListDeliveriesQuery request, CancellationToken cancellationToken)
    {
        if (!await WebhookOwnership.Managed(db, caller).AnyAsync(s => s.Id == request.SubscriptionId, cancellationToken))
        {
            throw new NotFoundException("webhook", request.SubscriptionId.ToString());
        }

        var deliveries = db.WebhookDeliveries.AsNoTracking().Include(d => d.AttemptLog).Where(d => d.SubscriptionId == request.SubscriptionId);
        if (EnumText.TryParse<WebhookDeliveryStatus>(request.Status, out var status))
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (Cursor.TryDecode(request.Cursor, out var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            deliveries = deliveries.Where(d => d.Id < after);
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var rows = await deliveries.OrderByDescending(d => d.Id).Take(limit + 1).AsSplitQuery().ToListAsync(cancellationToken);
        return CursorPage.Of(rows.Select(WebhookMapping.ToDto).ToList(), limit, d => d.Id.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class RedeliverCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<RedeliverCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(RedeliverCommand request, CancellationToken cancellationToken)
    {
        var managed = WebhookOwnership.Managed(db, caller);
        var delivery = await db.WebhookDeliveries.Include(d => d.AttemptLog)
            .Where(d => managed.Any(s => s.Id == d.SubscriptionId))
            .SingleOrDefaultAsync(d => d.Id == request.DeliveryId, cancellationToken)
            ?? throw new NotFoundException("delivery", request.DeliveryId.ToString(CultureInfo.InvariantCulture));
        delivery.Redeliver(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WebhookMapping.ToDto(delivery);
    }
}

/// <summary>Administrators manage every subscription; a machine client only those it registered (others: 404).</summary>
internal static class WebhookOwnership
{
    public static IQueryable<WebhookSubscription> Managed(IAppDbContext db, ICurrentUser caller)
    {
        var client = caller.Kind == CallerKind.Client ? caller.Name : null;
        return client is null ? db.WebhookSubscriptions : db.WebhookSubscriptions.Where(s => s.OwnerClientId == client);
    }
}

internal static class WebhookMapping
{
    public static WebhookDeliveryDto ToDto(WebhookDelivery d) => new(
        d.Id, ListChangesQueryHandler.EventId(d.EventId), d.Position, d.EventType, EnumText.ToText(d.Status), d.Attempts, d.NextAttemptAt, d.DeliveredAt,
        d.LastStatusCode, d.LastError, d.AttemptLog.OrderBy(a => a.Number).Select(a => new WebhookAttemptDto(a.Number, a.At, a.StatusCode, a.Error, a.DurationMs)).ToList());
}
