using CrossRegion.Domain.Evaluation;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Stores a new evaluation with its items in one transaction: the run (and what else the context holds: the scheme
/// marked used, the audit record) through the context, the items — hundreds of thousands over a large ledger — in bulk,
/// without tracking them. All or nothing.
/// </summary>
public interface IEvaluationStore
{
    Task AddAsync(EvaluationRun run, IReadOnlyList<EvaluationItem> items, CancellationToken cancellationToken);
}
