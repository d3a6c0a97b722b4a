using System.Text.Json;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Reporting;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Bulletins.GenerateBulletin;

public sealed class GenerateBulletinCommandHandler(IAppDbContext db, BulletinBuilder builder, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<GenerateBulletinCommand, BulletinSummaryDto>
{
    public async Task<BulletinSummaryDto> Handle(GenerateBulletinCommand request, CancellationToken cancellationToken)
    {
        if (!BulletinPeriod.TryParse(request.Period, out var first, out var last))
        {
            throw new BadRequestException(Localized.Text("period 无效。", "period is not a period."));
        }

        var today = ShanghaiClock.Today(time);
        var content = await builder.BuildAsync(request.Period!, first, last, today, cancellationToken);
        var version = 1 + (await db.Bulletins.Where(b => b.Period == request.Period).MaxAsync(b => (int?)b.Version, cancellationToken) ?? 0);
        var bulletin = Bulletin.Create(request.Period!, version, first, last, content.AsOf, JsonSerializer.Serialize(content, BulletinJson.Options), caller.Name ?? "unknown", time.GetUtcNow());
        db.Bulletins.Add(bulletin);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new Domain.Common.DomainRuleException(
                "bulletin.duplicate", $"{request.Period} 的通报刚被他人同时生成，请刷新后查看。", $"A bulletin for {request.Period} was generated at the same moment; reload to see it.");
        }

        return BulletinJson.Summary(bulletin);
    }
}
