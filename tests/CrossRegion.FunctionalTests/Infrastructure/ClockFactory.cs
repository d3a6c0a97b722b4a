using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>A host of its own (own database) with a business clock the test moves, and no scheduler.</summary>
public sealed class ClockFactory : ApiFactory
{
    public TestClock Clock { get; } = new() { Now = StartAt };

    protected override void ConfigureHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
}
