using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Domain.Integration;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks.ListDeliveries;

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
