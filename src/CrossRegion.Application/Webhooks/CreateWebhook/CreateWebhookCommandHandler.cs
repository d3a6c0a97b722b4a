using System.Security.Cryptography;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Integration;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks.CreateWebhook;

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
