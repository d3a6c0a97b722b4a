using System.Text.Json;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Reporting;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Bulletins;

/// <summary>Generate (another version of) the bulletin for a period: the joint office on demand, the quarterly job on schedule.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record GenerateBulletinCommand(string? Period) : IRequest<BulletinSummaryDto>;

/// <summary>Bulletins, newest first; <c>period</c> narrows to one period's versions.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListBulletinsQuery(string? Period = null) : IRequest<IReadOnlyList<BulletinSummaryDto>>;

/// <summary>One bulletin; its overdue items are those of tasks the caller sees (the counts are everyone's).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetBulletinQuery(Guid Id) : IRequest<BulletinDto>;

public sealed record BulletinSummaryDto(Guid Id, string Period, int Version, DateOnly From, DateOnly Through, DateOnly AsOf, DateTimeOffset GeneratedAt, string GeneratedBy);

public sealed record BulletinDto(BulletinSummaryDto Bulletin, BulletinContent Content);

internal static class BulletinJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static BulletinSummaryDto Summary(Bulletin b) => new(b.Id, b.Period, b.Version, b.From, b.Through, b.AsOf, b.GeneratedAt, b.GeneratedBy);
}

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

public sealed class ListBulletinsQueryHandler(IAppDbContext db) : IRequestHandler<ListBulletinsQuery, IReadOnlyList<BulletinSummaryDto>>
{
    public async Task<IReadOnlyList<BulletinSummaryDto>> Handle(ListBulletinsQuery request, CancellationToken cancellationToken)
    {
        var bulletins = db.Bulletins.AsNoTracking();
        if (request.Period is { } period)
        {
            bulletins = bulletins.Where(b => b.Period == period);
        }

        return (await bulletins.OrderByDescending(b => b.From).ThenByDescending(b => b.Version).Take(200).ToListAsync(cancellationToken))
            .Select(BulletinJson.Summary).ToList();
    }
}

public sealed class GetBulletinQueryHandler(IAppDbContext db) : IRequestHandler<GetBulletinQuery, BulletinDto>
{
    public async Task<BulletinDto> Handle(GetBulletinQuery request, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.AsNoTracking().SingleOrDefaultAsync(b => b.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("bulletin", request.Id.ToString());
        var content = JsonSerializer.Deserialize<BulletinContent>(bulletin.Content, BulletinJson.Options)!;

        // The one visibility predicate decides which overdue items the caller may see.
        var keys = content.OverdueItems.Select(i => i.TaskKey).Distinct().ToList();
        var visible = (await db.Tasks.AsNoTracking().Where(t => keys.Contains(t.Key)).Select(t => t.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return new BulletinDto(BulletinJson.Summary(bulletin), content with { OverdueItems = content.OverdueItems.Where(i => visible.Contains(i.TaskKey)).ToList() });
    }
}

public sealed class GenerateBulletinCommandValidator : AbstractValidator<GenerateBulletinCommand>
{
    public GenerateBulletinCommandValidator()
    {
        RuleFor(c => c.Period).NotEmpty().Must(p => BulletinPeriod.TryParse(p, out _, out _))
            .WithMessage(_ => Localized.Text("period 须为季度（2026-Q3）、月份（2026-11）或年份（2026）。", "period must be a quarter (2026-Q3), a month (2026-11) or a year (2026)."));
    }
}
