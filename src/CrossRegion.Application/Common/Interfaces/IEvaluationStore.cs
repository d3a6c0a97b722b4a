using CrossRegion.Domain.Evaluation;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Stores a new evaluation with its items in one transaction: the run (and what else the context holds: the scheme
/// marked used, the audit record) through the context, the items — hundreds of thousands over a large ledger — in bulk,
/// batch by batch as they are judged, without tracking them or holding them all. All or nothing.
/// </summary>
public interface IEvaluationStore
{
    /// <summary>Saves the run and opens the transaction its items go into; disposing without committing leaves nothing.</summary>
    Task<IEvaluationWriter> BeginAsync(EvaluationRun run, CancellationToken cancellationToken);
}

/// <summary>Takes a run's items batch by batch, numbering them in the order written.</summary>
public interface IEvaluationWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<EvaluationItem> items, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
