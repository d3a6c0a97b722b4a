using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// The two pumps (outbox sequencer, then webhook dispatcher), every <see cref="SchedulerOptions.PumpIntervalSeconds"/>
/// on each scheduling node. Not Hangfire jobs: a job every two seconds would write a job, its states and its
/// counters to the store each time for no one to read; the work needs no queue, since each round is serialised
/// across nodes by the pump's own advisory lock and a round missed is done by the next. Run-now still goes through
/// Hangfire's queue. A paused pump is skipped until resumed.
/// </summary>
internal sealed partial class Pumps(IServiceProvider services, IServiceScopeFactory scopes, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<Pumps> logger)
    : BackgroundService
{
    /// <summary>When this node last ran a round (null before its first).</summary>
    public DateTimeOffset? LastRound { get; private set; }

    public TimeSpan Interval { get; } = TimeSpan.FromSeconds(options.Value.PumpIntervalSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pumps = JobCatalog.All.Where(j => j.Pump && options.Value.ScheduleOf(j).Enabled).ToList();
        if (pumps.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RoundAsync(pumps, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A failed run is recorded by its frame; this is the database not answering the pause check.
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RoundAsync(List<JobDefinition> pumps, CancellationToken cancellationToken)
    {
        List<string> paused;
        await using (var scope = scopes.CreateAsyncScope())
        {
            paused = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PausedJobs.AsNoTracking().Select(p => p.Job).ToListAsync(cancellationToken);
        }

        foreach (var pump in pumps.Where(p => !paused.Contains(p.Name)))
        {
            await ((SystemJob)ActivatorUtilities.CreateInstance(services, pump.JobType)).RunOnceAsync(manual: false, context: null, cancellationToken);
        }

        LastRound = time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pump round could not start")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
