using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Integration;

namespace CrossRegion.Application.Webhooks.Common;

/// <summary>Administrators manage every subscription; a machine client only those it registered (others: 404).</summary>
internal static class WebhookOwnership
{
    public static IQueryable<WebhookSubscription> Managed(IAppDbContext db, ICurrentUser caller)
    {
        var client = caller.Kind == CallerKind.Client ? caller.Name : null;
        return client is null ? db.WebhookSubscriptions : db.WebhookSubscriptions.Where(s => s.OwnerClientId == client);
    }
}
