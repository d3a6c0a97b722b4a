using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Interfaces;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Bulletins.ListBulletins;

public sealed class ListBulletinsQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListBulletinsQuery, IReadOnlyList<BulletinSummaryDto>>
{
    public async Task<IReadOnlyList<BulletinSummaryDto>> Handle(ListBulletinsQuery request, CancellationToken cancellationToken)
    {
        var bulletins = db.Bulletins.AsNoTracking().ReadableBy(caller);
        if (request.Scope is { } scope)
        {
            bulletins = bulletins.Where(b => b.Scope == scope);
        }

        if (request.Period is { } period)
        {
            bulletins = bulletins.Where(b => b.Period == period);
        }

        return (await bulletins.OrderByDescending(b => b.From).ThenByDescending(b => b.Version).Take(200).ToListAsync(cancellationToken))
            .Select(BulletinJson.Summary).ToList();
    }
}
