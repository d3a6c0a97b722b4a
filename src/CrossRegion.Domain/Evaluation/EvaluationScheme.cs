using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Evaluation;

/// <summary>
/// A year's scoring scheme (考核方案). The joint office writes and revises it until an evaluation run uses it; from
/// then on it is fixed, so that every run of the year is scored by the same rules (a correction is next year's scheme,
/// or a new run's bonus and deduction items, never a silent change of the rules).
/// </summary>
public sealed class EvaluationScheme
{
    private EvaluationScheme()
    {
        Rules = null!;
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public SchemeRules Rules { get; private set; }

    /// <summary>1 when written, one more for each revision: the scheme's ETag.</summary>
    public int Revision { get; private set; }

    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the first evaluation run used it; from then on it does not change.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    public static EvaluationScheme Create(int year, SchemeRules rules, string by, DateTimeOffset at)
    {
        var scheme = new EvaluationScheme { Id = Guid.CreateVersion7(), Year = ValidYear(year), Revision = 1 };
        scheme.Write(rules, by, at);
        return scheme;
    }

    public void Revise(SchemeRules rules, string by, DateTimeOffset at)
    {
        if (UsedAt is not null)
        {
            throw new DomainRuleException("scheme.used", $"{Year} 年考核方案已用于评估，不能再修改。", $"The {Year} scheme has been used by an evaluation and cannot change.");
        }

        Write(rules, by, at);
        Revision++;
    }

    /// <summary>An evaluation run scores by it: it is fixed from now on.</summary>
    public void MarkUsed(DateTimeOffset at) => UsedAt ??= at;

    private void Write(SchemeRules rules, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Problems() is { Count: > 0 } problems)
        {
            throw new DomainRuleException("scheme.invalid", string.Join(" ", problems.Select(p => $"{p.Field}: {p.Zh}")), string.Join(" ", problems.Select(p => $"{p.Field}: {p.En}")));
        }

        (Rules, UpdatedBy, UpdatedAt) = (rules, Guard.Text(by, "by", 128), at);
    }

    private static int ValidYear(int year) =>
        year is >= 2000 and <= 2100 ? year : throw new DomainRuleException("scheme.year", "考核年度无效。", "The scheme's year is not a year.");
}
