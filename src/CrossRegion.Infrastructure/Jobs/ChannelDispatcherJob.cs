using CrossRegion.Application.Jobs.Common;
using CrossRegion.Application.Notifications.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Every few seconds: plan and send notices by email, SMS and group robots (ADR 0029).</summary>
internal sealed class ChannelDispatcherJob(JobFrame frame, ILogger<ChannelDispatcherJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.ChannelDispatcher;

    protected override bool IsPump => true;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var round = await services.GetRequiredService<IChannelDispatcher>().DispatchAsync(cancellationToken);
        return ("succeeded", $"{round.Planned} planned, {round.Sent} sent, {round.Retrying} to retry, {round.DeadLettered} dead-lettered.");
    }
}
