namespace CrossRegion.Domain.Evaluation;

/// <summary>
/// 绩效考核评价办法 as data: four sections, each with its share of the hundred points and the points an item earns by
/// its outcome (the full mark is the best outcome's points); a weight per list type (joint_key_task, major_project …)
/// multiplying what that list's items count (1 when not named); the most the joint office's bonus and deduction items
/// may add or take; whether a total may go below zero. A fifth section, asks to higher levels (争取), counts only when
/// the scheme names it.
/// </summary>
/// <param name="Asks">
/// Optional: each submitting city's asks (争取事项) answered in the year (won: included or approved; refused) or still
/// awaiting their answer at the day evaluated up to (awaiting; unanswered: past the follow-up day).
/// </param>
public sealed record SchemeRules(
    SectionRule Milestones,
    SectionRule Reports,
    SectionRule Notices,
    SectionRule Indicators,
    IReadOnlyDictionary<string, decimal> ListWeights,
    decimal BonusCap,
    decimal DeductionCap,
    bool AllowNegative,
    SectionRule? Asks = null)
{
    /// <summary>The outcomes each section scores, in the order the tables print them.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Outcomes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["milestones"] = ["on_time", "after_extension", "late", "overdue"],
        ["reports"] = ["on_time", "late", "missing"],
        ["notices"] = ["signed", "unsigned"],
        ["indicators"] = ["met", "not_met", "not_reported"],
        ["asks"] = ["won", "refused", "awaiting", "unanswered"],
    };

    /// <summary>The scheme's sections: the four it always has, then asks when it names them.</summary>
    public IEnumerable<(string Name, SectionRule Rule)> Sections =>
        Asks is null
            ? [("milestones", Milestones), ("reports", Reports), ("notices", Notices), ("indicators", Indicators)]
            : [("milestones", Milestones), ("reports", Reports), ("notices", Notices), ("indicators", Indicators), ("asks", Asks)];

    /// <summary>What is wrong with the scheme, by field (snake_case paths as the API names them); empty when it holds.</summary>
    public IReadOnlyList<(string Field, string Zh, string En)> Problems()
    {
        var problems = new List<(string, string, string)>();
        var total = 0m;
        foreach (var (name, rule) in Sections)
        {
            if (rule is null)
            {
                problems.Add((name, "缺少该项。", "Missing."));
                continue;
            }

            total += rule.Weight;
            if (rule.Weight is < 0 or > 100)
            {
                problems.Add(($"{name}.weight", "权重须在 0 到 100 之间。", "A weight is between 0 and 100."));
            }

            var points = rule.Points ?? new Dictionary<string, decimal>();
            foreach (var outcome in Outcomes[name].Where(o => !points.ContainsKey(o)))
            {
                problems.Add(($"{name}.points.{outcome}", "缺少该结果的分值。", "Give this outcome's points."));
            }

            foreach (var unknown in points.Keys.Except(Outcomes[name], StringComparer.Ordinal))
            {
                problems.Add(($"{name}.points.{unknown}", $"不认识的结果；可用：{string.Join("、", Outcomes[name])}。", $"Not an outcome; use {string.Join(", ", Outcomes[name])}."));
            }

            foreach (var (outcome, value) in points.Where(p => p.Value is < -100 or > 100 || (p.Value < 0 && !AllowNegative)))
            {
                problems.Add(($"{name}.points.{outcome}", value < 0 && !AllowNegative ? "不允许负分（allow_negative 为 false）。" : "分值须在 -100 到 100 之间。",
                    value < 0 && !AllowNegative ? "Negative points need allow_negative." : "Points are between -100 and 100."));
            }

            if (rule.Weight > 0 && points.Count > 0 && points.Values.Max() <= 0)
            {
                problems.Add(($"{name}.points", "最好的结果须得正分（满分）。", "The best outcome earns positive points (the full mark)."));
            }
        }

        if (total != 100 && Sections.All(s => s.Rule is not null))
        {
            problems.Add(("weights", $"各项权重之和须为 100（现为 {total:0.##}）。", $"The sections' weights add up to 100 (they add up to {total:0.##})."));
        }

        foreach (var (list, weight) in ListWeights ?? new Dictionary<string, decimal>())
        {
            if (weight is <= 0 or > 10 || list.Length is 0 or > 32)
            {
                problems.Add(($"list_weights.{list}", "清单权重须大于 0、不超过 10。", "A list's weight is above 0 and at most 10."));
            }
        }

        if (BonusCap is < 0 or > 100)
        {
            problems.Add(("bonus_cap", "加分上限须在 0 到 100 之间。", "The bonus cap is between 0 and 100."));
        }

        if (DeductionCap is < 0 or > 100)
        {
            problems.Add(("deduction_cap", "扣分上限须在 0 到 100 之间。", "The deduction cap is between 0 and 100."));
        }

        return problems;
    }

    /// <summary>The weight a task's items count with: its list type's, else 1.</summary>
    public decimal WeightOf(string listType) =>
        ListWeights is not null && ListWeights.TryGetValue(listType, out var weight) ? weight : 1m;
}

/// <param name="Weight">The section's share of the hundred points.</param>
/// <param name="Points">Points per outcome; the best is the full mark an item can earn.</param>
public sealed record SectionRule(decimal Weight, IReadOnlyDictionary<string, decimal> Points);
