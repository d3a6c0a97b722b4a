using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Evaluation;

/// <summary>加分 / 扣分: points the joint office adds to or takes from a city's score, with the reason and the evidence.</summary>
public sealed class EvaluationAdjustment
{
    private EvaluationAdjustment()
    {
        Jurisdiction = Reason = Evidence = By = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid RunId { get; private set; }
    public string Jurisdiction { get; private set; }

    /// <summary>Positive for a bonus, negative for a deduction.</summary>
    public decimal Points { get; private set; }

    public string Reason { get; private set; }

    /// <summary>What it rests on: a document's number, a decision, a link.</summary>
    public string Evidence { get; private set; }

    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static EvaluationAdjustment Create(Guid runId, string jurisdiction, decimal points, string reason, string evidence, string by, DateTimeOffset at)
    {
        if (points == 0 || Math.Abs(points) > 100)
        {
            throw new DomainRuleException("evaluation.adjustment_points", "加减分须不为 0 且不超过 100。", "An adjustment is not zero and at most 100 either way.");
        }

        return new EvaluationAdjustment
        {
            Id = Guid.CreateVersion7(),
            RunId = runId,
            Jurisdiction = Guard.Text(jurisdiction, "jurisdiction", 8),
            Points = points,
            Reason = Guard.Text(reason, "reason", 500),
            Evidence = Guard.Text(evidence, "evidence", 500),
            By = Guard.Text(by, "by", 128),
            At = at,
        };
    }

    /// <summary>The same adjustment carried into a corrected version of the evaluation.</summary>
    internal EvaluationAdjustment CopyTo(Guid runId) => Create(runId, Jurisdiction, Points, Reason, Evidence, By, At);
}
