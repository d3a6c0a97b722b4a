using CrossRegion.Application.Chasing.Common;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// A host of its own (own database) with a clock the test moves, and the real Quartz scheduler on the run's
/// provider, its schedules parked in 2099 so that only the test decides when the chase runs.
/// </summary>
public sealed class ChaseFactory : ApiFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Scheduler:Enabled", "true");
        builder.UseSetting("Scheduler:CheckinIntervalSeconds", "2");
        builder.UseSetting("Scheduler:Jobs:chase:Cron", "0 0 0 1 1 ? 2099");
        builder.UseSetting("Scheduler:Jobs:retention:Cron", "0 0 0 1 1 ? 2099");
        builder.UseSetting("Scheduler:Jobs:bulletin:Cron", "0 0 0 1 1 ? 2099");
        builder.UseSetting("Scheduler:Jobs:outbox-sequencer:Cron", "0 0 0 1 1 ? 2099");
        builder.UseSetting("Scheduler:Jobs:webhook-dispatcher:Cron", "0 0 0 1 1 ? 2099");
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
