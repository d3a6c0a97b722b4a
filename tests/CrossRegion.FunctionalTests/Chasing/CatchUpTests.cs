using CrossRegion.Domain.Operations;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// The embedded node keeps Hangfire's store in memory, so a restart forgets when the chase last fired. What it owes
/// is read from its own runs instead: started again after missing a 09:00 chase, it runs the chase once.
/// </summary>
public sealed class CatchUpTests(CatchUpTests.DailyChaseFactory factory) : IClassFixture<CatchUpTests.DailyChaseFactory>
{
    [SqliteFact]
    public async Task EmbeddedNode_Should_RunAMissedChaseOnce_When_ItStartsAgain()
    {
        // The node last chased on Friday 2026-12-04 and was down over Monday's 09:00; it comes back at 10:00.
        var missed = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        await factory.WithDbAsync(async db =>
        {
            db.JobRuns.Add(JobRun.Finished("chase", "node-before", false, missed.AddDays(-3), missed.AddDays(-3).AddSeconds(2), "succeeded", "2026-12-04: …"));
            return await db.SaveChangesAsync();
        });
        factory.Clock.Now = missed.AddHours(1);
        var startup = factory.Services.GetServices<IHostedService>().OfType<SchedulerStartup>().Single();

        await startup.StartAsync(CancellationToken.None);

        var run = await WaitForRunAsync(missed);
        Assert.False(run.Manual);
        Assert.StartsWith("2026-12-07:", run.Summary, StringComparison.Ordinal);

        // Started again the same morning: the chase has run since 09:00, nothing more is owed.
        await startup.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await factory.WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job == "chase" && r.StartedAt >= missed)));
    }

    private async Task<JobRun> WaitForRunAsync(DateTimeOffset since)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var runs = await factory.WithDbAsync(db => db.JobRuns.Where(r => r.Job == "chase" && r.StartedAt >= since).ToListAsync());
            if (runs.Count > 0)
            {
                return Assert.Single(runs);
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The missed chase was not run within 30 s of the start.");
    }

    /// <summary>A scheduling host whose chase is daily at 09:00 (as shipped) and whose clock the test moves.</summary>
    public sealed class DailyChaseFactory : ApiFactory
    {
        public TestClock Clock { get; } = new();

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Scheduler:Enabled", "true");
            builder.UseSetting("Scheduler:PollSeconds", "0.5");
            builder.UseSetting("Scheduler:Jobs:chase:Cron", "0 9 * * *");
            builder.UseSetting("Scheduler:Jobs:bulletin:Enabled", "false");
            builder.UseSetting("Scheduler:Jobs:retention:Enabled", "false");
            builder.UseSetting("Scheduler:Jobs:outbox-sequencer:Enabled", "false");
            builder.UseSetting("Scheduler:Jobs:webhook-dispatcher:Enabled", "false");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
