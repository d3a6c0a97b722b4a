using CrossRegion.Application.Jobs.Common;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Every few seconds: plan and send webhook deliveries.</summary>
internal sealed class WebhookDispatcherJob(JobFrame frame, ILogger<WebhookDispatcherJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.WebhookDispatcher;

    protected override bool IsPump => true;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var round = await services.GetRequiredService<IWebhookDispatcher>().DispatchAsync(cancellationToken);
        return ("succeeded", $"{round.Planned} planned, {round.Delivered} delivered, {round.Retrying} to retry, {round.DeadLettered} dead-lettered.");
    }
}
