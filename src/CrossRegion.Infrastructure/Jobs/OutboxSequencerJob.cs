using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Every few seconds: give newly committed outbox events their feed positions.</summary>
internal sealed class OutboxSequencerJob(JobFrame frame, ILogger<OutboxSequencerJob> logger)
    : SystemJob(frame, logger)
{
    protected override string Name => JobNames.OutboxSequencer;

    protected override bool IsPump => true;

    protected override async Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var positioned = await services.GetRequiredService<IOutboxSequencer>().SequenceAsync(cancellationToken);
        return ("succeeded", $"{positioned} events positioned.");
    }
}
