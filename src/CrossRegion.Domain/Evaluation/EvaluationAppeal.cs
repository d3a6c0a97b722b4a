using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Evaluation;

public enum AppealStatus
{
    Open = 1,
    Upheld = 2,
    Rejected = 3,
}

/// <summary>申诉: a city contests one item of its own detail, with its reason; the joint office answers it.</summary>
public sealed class EvaluationAppeal
{
    private EvaluationAppeal()
    {
        Jurisdiction = Reason = FiledBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid RunId { get; private set; }
    public Guid ItemId { get; private set; }
    public string Jurisdiction { get; private set; }
    public string Reason { get; private set; }
    public string FiledBy { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public AppealStatus Status { get; private set; }

    /// <summary>For an upheld appeal, the outcome the item now has.</summary>
    public string? Outcome { get; private set; }

    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    internal static EvaluationAppeal Create(Guid runId, EvaluationItem item, string reason, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        RunId = runId,
        ItemId = item.Id,
        Jurisdiction = item.Jurisdiction,
        Reason = Guard.Text(reason, "reason", 1000),
        FiledBy = Guard.Text(by, "by", 128),
        FiledAt = at,
        Status = AppealStatus.Open,
    };

    internal void Decide(bool upheld, string? outcome, string answer, string by, DateTimeOffset at)
    {
        if (Status != AppealStatus.Open)
        {
            throw new DomainRuleException("appeal.answered", "该申诉已答复。", "The appeal has been answered.");
        }

        (Status, Outcome, Answer, AnsweredBy, AnsweredAt) = (upheld ? AppealStatus.Upheld : AppealStatus.Rejected, upheld ? outcome : null, Guard.Text(answer, "reason", 1000), by, at);
    }
}
