using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Today's chase (see <see cref="ChasePlan"/>); a day that is not a working day is recorded as skipped.</summary>
internal sealed class ChaseJob(JobFrame frame, ILogger<ChaseJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.Chase;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<IChaseRunner>().RunAsync(cancellationToken);
        return (result.Skipped ? "skipped" : "succeeded", result.Summary);
    }
}
