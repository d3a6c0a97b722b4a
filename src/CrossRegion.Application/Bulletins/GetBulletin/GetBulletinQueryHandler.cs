using System.Text.Json;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Bulletins.GetBulletin;

public sealed class GetBulletinQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetBulletinQuery, BulletinDto>
{
    public async Task<BulletinDto> Handle(GetBulletinQuery request, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.AsNoTracking().ReadableBy(caller).SingleOrDefaultAsync(b => b.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("bulletin", request.Id.ToString());
        var content = JsonSerializer.Deserialize<BulletinContent>(bulletin.Content, BulletinJson.Options)!;

        // The one visibility predicate decides which overdue items the caller may see.
        var keys = content.OverdueItems.Select(i => i.TaskKey).Distinct().ToList();
        var visible = await db.Tasks.AsNoTracking().Where(t => keys.Contains(t.Key))
            .ToDictionaryAsync(t => t.Key, t => t.ProgrammeCode, StringComparer.Ordinal, cancellationToken);
        var items = content.OverdueItems
            .Where(i => visible.ContainsKey(i.TaskKey))
            .Select(i => i.Programme is null ? i with { Programme = visible[i.TaskKey] } : i)
            .ToList();
        // A task force is its programme's (ADR 0024): a reader who does not see the programme does not read its section.
        var codes = (content.TaskForces ?? []).Select(f => f.Code).ToList();
        var forces = codes.Count == 0 ? [] : await db.TaskForces.AsNoTracking().Where(f => codes.Contains(f.Code)).Select(f => f.Code).ToListAsync(cancellationToken);
        return new BulletinDto(
            BulletinJson.Summary(bulletin),
            content with { OverdueItems = items, TaskForces = content.TaskForces?.Where(f => forces.Contains(f.Code)).ToList() });
    }
}
