using CrossRegion.Application.Chasing.Common;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// A host of its own (own database) with a clock the test moves, and the real Hangfire job server on the run's
/// provider (PostgreSQL's store, or the embedded node's in-memory one), its schedules parked (<see cref="Hangfire.Cron.Never"/>)
/// so that only the test decides when a job runs.
/// </summary>
public class ChaseFactory : ApiFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduler:Enabled", "true");
        builder.UseSetting("Scheduler:PollSeconds", "0.5");
        foreach (var job in new[] { "chase", "retention", "bulletin" })
        {
            builder.UseSetting($"Scheduler:Jobs:{job}:Cron", Hangfire.Cron.Never());
        }

        // The pumps do not run on their own here either: run-now runs them.
        builder.UseSetting("Scheduler:Jobs:outbox-sequencer:Enabled", "false");
        builder.UseSetting("Scheduler:Jobs:webhook-dispatcher:Enabled", "false");
        builder.UseSetting("Scheduler:Jobs:channel-dispatcher:Enabled", "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs one chase the way the job does: its own scope, acting as system:chase.</summary>
    public async Task<ChaseResult> ChaseAsync(DateOnly day)
    {
        Clock.MorningOf(day);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:chase");
        return await scope.ServiceProvider.GetRequiredService<IChaseRunner>().RunAsync(CancellationToken.None);
    }
}
