namespace CrossRegion.Domain.Evaluation;

/// <summary>A section's part of a score: what its items earned of what they could, and its points out of its weight.</summary>
public sealed record SectionScore(string Section, int Items, decimal Earned, decimal Possible, decimal Weight, decimal Points);

/// <summary>A city's (or a unit's) score: its sections, the bonus and deduction within the scheme's caps, the total.</summary>
/// <param name="Weight">The items' weights added up (their count times their list's weight).</param>
public sealed record ItemTally(string Section, string Outcome, int Count, decimal Weight);

/// <summary>A city's (or a unit's) score: its sections, the bonus and deduction within the scheme's caps, the total.</summary>
public sealed record EvaluationScore(IReadOnlyList<SectionScore> Sections, decimal Bonus, decimal Deduction, decimal Total);

/// <summary>
/// The scheme's arithmetic. Each item earns its outcome's points times its list's weight, out of the full mark times
/// that weight; a section scores its weight times the share it earned. A section with nothing to judge (no indicator
/// with a target that year) drops out and the others' weights are scaled back to a hundred, so nobody gains or loses
/// for what did not exist. Bonus and deduction items are summed and held to the scheme's caps; a total below zero is
/// zero unless the scheme allows it. Rounded to two places, as the tables print.
/// </summary>
public static class EvaluationScoring
{
    public static EvaluationScore Score(SchemeRules rules, IEnumerable<EvaluationItem> items, IEnumerable<EvaluationAdjustment> adjustments) =>
        ScoreTallies(
            rules,
            items.GroupBy(i => (i.Section, i.Outcome)).Select(g => new ItemTally(g.Key.Section, g.Key.Outcome, g.Count(), g.Sum(i => i.Weight))),
            adjustments.Select(a => a.Points));

    /// <summary>The same over the items counted by section and outcome (what a grouped query gives).</summary>
    public static EvaluationScore ScoreTallies(SchemeRules rules, IEnumerable<ItemTally> tallies, IEnumerable<decimal> adjustments)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var counted = tallies.ToList();
        var sections = new List<(string Name, SectionRule Rule, int Count, decimal Earned, decimal Possible)>();
        foreach (var (name, rule) in rules.Sections)
        {
            var mine = counted.Where(t => t.Section == name).ToList();
            var full = rule.Points.Values.Max();
            var earned = mine.Sum(t => rule.Points.GetValueOrDefault(t.Outcome) * t.Weight);
            var possible = mine.Sum(t => full * t.Weight);
            sections.Add((name, rule, mine.Sum(t => t.Count), earned, possible));
        }

        var present = sections.Where(s => s.Possible > 0 && s.Rule.Weight > 0).Sum(s => s.Rule.Weight);
        var scored = sections.Select(s =>
        {
            var weight = present > 0 && s.Possible > 0 && s.Rule.Weight > 0 ? s.Rule.Weight * 100m / present : 0m;
            var points = s.Possible > 0 ? weight * s.Earned / s.Possible : 0m;
            return new SectionScore(s.Name, s.Count, Round(s.Earned), Round(s.Possible), Round(weight), Round(points));
        }).ToList();

        var list = adjustments.ToList();
        var bonus = Math.Min(list.Where(a => a > 0).Sum(), rules.BonusCap);
        var deduction = Math.Min(-list.Where(a => a < 0).Sum(), rules.DeductionCap);
        var total = scored.Sum(s => s.Points) + bonus - deduction;
        return new EvaluationScore(scored, Round(bonus), Round(deduction), Round(rules.AllowNegative ? total : Math.Max(0, total)));
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
