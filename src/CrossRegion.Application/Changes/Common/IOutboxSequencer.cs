namespace CrossRegion.Application.Changes.Common;

/// <summary>
/// Gives committed outbox events their feed positions, in the order it sees them committed. Readers of the feed
/// (the change feed, webhook deliveries) read positioned events only, so an event committed late is never skipped:
/// it gets a position after everything already read.
/// </summary>
public interface IOutboxSequencer
{
    /// <summary>Positions every event committed so far; answers how many.</summary>
    Task<int> SequenceAsync(CancellationToken cancellationToken);
}
