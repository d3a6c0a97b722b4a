using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Evaluation;

public enum EvaluationStatus
{
    /// <summary>Computed, open to appeals and to the joint office's bonus and deduction items.</summary>
    Draft = 1,

    /// <summary>Final: read-only; a correction is a new version.</summary>
    Published = 2,
}

/// <summary>
/// 年度评估: a year's evaluation of the cities and their units, scored by the year's scheme from the ledger as of a day
/// (<see cref="AsOf"/>). A draft takes appeals until <see cref="AppealsUntil"/> (Beijing time) and the joint office's
/// bonus and deduction items; once every appeal is answered and the window has closed it is published, and from then on
/// it does not change. A correction is a new version of the year (the bonus and deduction items carried over).
/// </summary>
public sealed class EvaluationRun
{
    private readonly List<EvaluationItem> _items = [];
    private readonly List<EvaluationAdjustment> _adjustments = [];
    private readonly List<EvaluationAppeal> _appeals = [];

    private EvaluationRun()
    {
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }

    /// <summary>1 for the year's first evaluation, one more for each correction.</summary>
    public int Version { get; private set; }

    public EvaluationStatus Status { get; private set; }
    public int SchemeRevision { get; private set; }
    public DateOnly AsOf { get; private set; }
    public DateOnly AppealsUntil { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>One more for every change (appeal, answer, adjustment, publication): a concurrency token.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<EvaluationItem> Items => _items;
    public IReadOnlyList<EvaluationAdjustment> Adjustments => _adjustments;
    public IReadOnlyList<EvaluationAppeal> Appeals => _appeals;

    public static EvaluationRun Start(
        EvaluationScheme scheme, int version, DateOnly asOf, DateOnly appealsUntil, DateOnly today, string by, DateTimeOffset at, EvaluationRun? corrected = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (appealsUntil < today)
        {
            throw new DomainRuleException("evaluation.appeals_until", "申诉截止日期不能早于今天。", "The appeals window cannot close before today.");
        }

        scheme.MarkUsed(at);
        var run = new EvaluationRun
        {
            Id = Guid.CreateVersion7(),
            Year = scheme.Year,
            Version = version,
            Status = EvaluationStatus.Draft,
            SchemeRevision = scheme.Revision,
            AsOf = asOf,
            AppealsUntil = appealsUntil,
            CreatedBy = Guard.Text(by, "by", 128),
            CreatedAt = at,
            Revision = 1,
        };
        if (corrected is not null)
        {
            run._adjustments.AddRange(corrected.Adjustments.Select(a => a.CopyTo(run.Id)));
        }

        return run;
    }

    public EvaluationAdjustment Adjust(string jurisdiction, decimal points, string reason, string evidence, string by, DateTimeOffset at)
    {
        EnsureDraft();
        var adjustment = EvaluationAdjustment.Create(Id, jurisdiction, points, reason, evidence, by, at);
        _adjustments.Add(adjustment);
        Revision++;
        return adjustment;
    }

    public EvaluationAppeal Appeal(Guid itemId, string reason, string by, DateTimeOffset at, DateOnly today)
    {
        EnsureDraft();
        if (today > AppealsUntil)
        {
            throw new DomainRuleException("appeal.window_closed", $"申诉已于 {AppealsUntil:yyyy-MM-dd} 截止。", $"Appeals closed on {AppealsUntil:yyyy-MM-dd}.");
        }

        var item = _items.FirstOrDefault(i => i.Id == itemId)
            ?? throw new DomainRuleException("appeal.item", "评估中没有该条目。", "The evaluation has no such item.");
        if (_appeals.Any(a => a.ItemId == itemId && a.Status == AppealStatus.Open))
        {
            throw new DomainRuleException("appeal.duplicate", "该条目已有待答复的申诉。", "The item has an appeal waiting for its answer.");
        }

        var appeal = EvaluationAppeal.Create(Id, item, reason, by, at);
        _appeals.Add(appeal);
        Revision++;
        return appeal;
    }

    /// <summary>The joint office answers an appeal; upheld, the item takes the outcome the answer gives.</summary>
    public EvaluationAppeal Answer(Guid appealId, bool upheld, string? outcome, string answer, string by, DateTimeOffset at)
    {
        EnsureDraft();
        var appeal = _appeals.FirstOrDefault(a => a.Id == appealId)
            ?? throw new DomainRuleException("appeal.missing", "评估中没有该申诉。", "The evaluation has no such appeal.");
        var item = _items.Single(i => i.Id == appeal.ItemId);
        if (upheld && (outcome is null || !SchemeRules.Outcomes[item.Section].Contains(outcome)))
        {
            throw new DomainRuleException("appeal.outcome", $"维持申诉须给出新的结果：{string.Join("、", SchemeRules.Outcomes[item.Section])}。",
                $"An upheld appeal gives the item's new outcome: {string.Join(", ", SchemeRules.Outcomes[item.Section])}.");
        }

        appeal.Decide(upheld, outcome, answer, by, at);
        if (upheld)
        {
            item.ChangeOutcome(outcome!);
        }

        Revision++;
        return appeal;
    }

    public void Publish(string by, DateTimeOffset at, DateOnly today)
    {
        EnsureDraft();
        if (today <= AppealsUntil)
        {
            throw new DomainRuleException("evaluation.appeals_open", $"申诉期至 {AppealsUntil:yyyy-MM-dd} 止，期满后方可发布。", $"Appeals are open until {AppealsUntil:yyyy-MM-dd}; publish after that.");
        }

        if (_appeals.Any(a => a.Status == AppealStatus.Open))
        {
            throw new DomainRuleException("evaluation.appeals_waiting", "尚有申诉未答复。", "Some appeals wait for their answer.");
        }

        (Status, PublishedBy, PublishedAt) = (EvaluationStatus.Published, Guard.Text(by, "by", 128), at);
        Revision++;
    }

    private void EnsureDraft()
    {
        if (Status != EvaluationStatus.Draft)
        {
            throw new DomainRuleException("evaluation.published", "评估已发布，不能再修改；更正请新建一个版本。", "The evaluation is published and read-only; a correction is a new version.");
        }
    }
}
