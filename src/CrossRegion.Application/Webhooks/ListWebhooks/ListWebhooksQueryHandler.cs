using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Webhooks.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Webhooks.ListWebhooks;

public sealed class ListWebhooksQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListWebhooksQuery, IReadOnlyList<WebhookDto>>
{
    public async Task<IReadOnlyList<WebhookDto>> Handle(ListWebhooksQuery request, CancellationToken cancellationToken) =>
        (await WebhookOwnership.Managed(db, caller).AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
        .Select(s => new WebhookDto(s.Id, s.Name, s.Url, s.Types, s.JurisdictionCode, s.Active, s.LastPosition, s.CreatedAt, s.OwnerClientId))
        .ToList();
}
