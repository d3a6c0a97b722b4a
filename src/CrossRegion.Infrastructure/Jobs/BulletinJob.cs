using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Bulletins.GenerateBulletin;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Domain.Reporting;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// 季通报: at the start of each quarter, the bulletin of the quarter before, once (a recovered or repeated run finds it
/// done): the joint bulletin, and the own bulletin of every city that keeps lists of its own (a programme with tasks).
/// </summary>
internal sealed class BulletinJob(JobFrame frame, ILogger<BulletinJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.Bulletin;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var period = BulletinPeriod.PreviousQuarter(ShanghaiClock.Today(services.GetRequiredService<TimeProvider>()));
        var actor = Actor(Name).Name;
        var db = services.GetRequiredService<AppDbContext>();
        // A city's own bulletin is over its own lists: a city whose own programme holds only indicators (KZPLAN) has none.
        var cities = await db.Programmes.Where(p => p.OwnerJurisdiction != null && db.Tasks.Any(t => t.ProgrammeCode == p.Code))
            .Select(p => p.OwnerJurisdiction!).Distinct().ToListAsync(cancellationToken);
        var done = await db.Bulletins.Where(b => b.Period == period && b.GeneratedBy == actor).Select(b => b.Scope).ToListAsync(cancellationToken);
        var due = cities.Order(StringComparer.Ordinal).Prepend(Bulletin.JointScope).Except(done).ToList();
        if (due.Count == 0)
        {
            return ("skipped", $"The {period} bulletins were already generated on schedule.");
        }

        var made = new List<string>();
        foreach (var scope in due)
        {
            var bulletin = await services.GetRequiredService<IMediator>().Send(new GenerateBulletinCommand(period, scope), cancellationToken);
            made.Add($"{scope} version {bulletin.Version}");
        }

        return ("succeeded", $"{period} bulletins: {string.Join(", ", made)}.");
    }
}
