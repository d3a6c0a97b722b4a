using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.FunctionalTests.Observability;

/// <summary>
/// Serilog writes the logs, and still hands every event to the other logging providers registered with the host
/// (an installation's own, or the tests' capture that several tests assert on: without it they would pass on nothing).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LogProvidersTests(ApiFactory factory)
{
    [Fact]
    public void HostLogger_Should_ReachTheOtherProviders_ThroughSerilog()
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CrossRegion.Tests");

        logger.LogWarning("Provider check {Marker}", marker);
        logger.LogInformation("Below the capture's level {Marker}", marker);

        var entry = Assert.Single(factory.Logs.Entries, e => e.Message.Contains(marker, StringComparison.Ordinal));
        Assert.Equal((LogLevel.Warning, "CrossRegion.Tests"), (entry.Level, entry.Category));
    }
}
