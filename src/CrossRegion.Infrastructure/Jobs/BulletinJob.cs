using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Bulletins.GenerateBulletin;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>季通报: at the start of each quarter, the bulletin of the quarter before, once (a recovered or repeated run finds it done).</summary>
internal sealed class BulletinJob(JobFrame frame, ILogger<BulletinJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.Bulletin;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var period = BulletinPeriod.PreviousQuarter(ShanghaiClock.Today(services.GetRequiredService<TimeProvider>()));
        var actor = Actor(Name).Name;
        if (await services.GetRequiredService<AppDbContext>().Bulletins.AnyAsync(b => b.Period == period && b.GeneratedBy == actor, cancellationToken))
        {
            return ("skipped", $"The {period} bulletin was already generated on schedule.");
        }

        var bulletin = await services.GetRequiredService<IMediator>().Send(new GenerateBulletinCommand(period), cancellationToken);
        return ("succeeded", $"{period} bulletin, version {bulletin.Version}.");
    }
}
