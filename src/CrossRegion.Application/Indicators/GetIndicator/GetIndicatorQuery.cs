using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Indicators.Common;
using CrossRegion.Application.Indicators.ListIndicators;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Indicators.GetIndicator;

/// <summary>One indicator as the caller sees it (404 for one it does not see, as for one that does not exist).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetIndicatorQuery(string Code) : IRequest<IndicatorDto>;

public sealed class GetIndicatorQueryHandler(IAppDbContext db, IndicatorReader reader) : IRequestHandler<GetIndicatorQuery, IndicatorDto>
{
    public async Task<IndicatorDto> Handle(GetIndicatorQuery request, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Owners).Include(i => i.Targets).Include(i => i.Actuals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("indicator", request.Code);
        return (await reader.ReadAsync([indicator], cancellationToken))[0];
    }
}
