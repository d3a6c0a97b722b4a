using CrossRegion.Application.Changes.ListChanges;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Integration;

namespace CrossRegion.Application.Webhooks.Common;

internal static class WebhookMapping
{
    public static WebhookDeliveryDto ToDto(WebhookDelivery d) => new(
        d.Id, ListChangesQueryHandler.EventId(d.EventId), d.Position, d.EventType, EnumText.ToText(d.Status), d.Attempts, d.NextAttemptAt, d.DeliveredAt,
        d.LastStatusCode, d.LastError, d.AttemptLog.OrderBy(a => a.Number).Select(a => new WebhookAttemptDto(a.Number, a.At, a.StatusCode, a.Error, a.DurationMs)).ToList());
}
