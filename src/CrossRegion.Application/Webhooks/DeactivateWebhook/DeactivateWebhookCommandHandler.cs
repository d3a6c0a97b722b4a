using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Webhooks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks.DeactivateWebhook;

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
