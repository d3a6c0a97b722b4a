using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Webhooks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks.Redeliver;

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
