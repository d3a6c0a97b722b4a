using CrossRegion.Domain.Common;
using CrossRegion.Domain.Evaluation;

namespace CrossRegion.UnitTests.Domain;

/// <summary>The scheme's arithmetic: points by outcome and list weight, sections without items dropping out, caps.</summary>
public sealed class EvaluationScoringTests
{
    private static SchemeRules Rules(bool allowNegative = false, decimal late = 0.5m) => new(
        new SectionRule(50, new Dictionary<string, decimal> { ["on_time"] = 1, ["after_extension"] = 0.8m, ["late"] = late, ["overdue"] = 0 }),
        new SectionRule(20, new Dictionary<string, decimal> { ["on_time"] = 1, ["late"] = 0.5m, ["missing"] = 0 }),
        new SectionRule(10, new Dictionary<string, decimal> { ["signed"] = 1, ["unsigned"] = 0 }),
        new SectionRule(20, new Dictionary<string, decimal> { ["met"] = 1, ["not_met"] = 0.3m, ["not_reported"] = 0 }),
        new Dictionary<string, decimal> { ["major_project"] = 2 },
        5,
        10,
        allowNegative);

    private static EvaluationItem Item(string section, string outcome, decimal weight = 1) =>
        EvaluationItem.Create(Guid.Empty, section, "DZ", [], "T", "joint_key_task", "s", "r", null, weight, outcome);

    [Fact]
    public void Score_Should_WeighEachSectionByWhatItsItemsEarned_OfWhatTheyCould()
    {
        // Milestones: on time (1) and overdue (0) → half of 50; reports: late (0.5) of 1 → half of 20; notices: signed → 10; indicators: not met → 0.3 of 20.
        var score = EvaluationScoring.Score(Rules(), [Item("milestones", "on_time"), Item("milestones", "overdue"), Item("reports", "late"), Item("notices", "signed"), Item("indicators", "not_met")], []);

        Assert.Equal([25m, 10m, 10m, 6m], score.Sections.Select(s => s.Points));
        Assert.Equal(51m, score.Total);
    }

    [Fact]
    public void Score_Should_CountAHeavierListsItemsMore()
    {
        // A project (weight 2) on time and a joint task overdue: 2 of 3 earned.
        var score = EvaluationScoring.Score(Rules(), [Item("milestones", "on_time", 2), Item("milestones", "overdue")], []);

        Assert.Equal(66.67m, score.Sections[0].Points);
        Assert.Equal(2m, Rules().WeightOf("major_project"));
        Assert.Equal(1m, Rules().WeightOf("major_reform"));
    }

    [Fact]
    public void Score_Should_ScaleTheOtherSectionsToAHundred_When_ASectionHasNothingToJudge()
    {
        // Only milestones and reports were judged: 50 and 20 become 71.43 and 28.57.
        var score = EvaluationScoring.Score(Rules(), [Item("milestones", "on_time"), Item("reports", "on_time")], []);

        Assert.Equal([71.43m, 28.57m, 0m, 0m], score.Sections.Select(s => s.Weight));
        Assert.Equal(100m, score.Total);
        Assert.Equal(0m, EvaluationScoring.Score(Rules(), [], []).Total);
    }

    [Fact]
    public void AsksSection_Should_CountOnlyWhenTheSchemeNamesIt_AndBeHeldToItsRules()
    {
        // Without an asks section, asks' items score nothing and there is no such section.
        Assert.Equal(["milestones", "reports", "notices", "indicators"], EvaluationScoring.Score(Rules(), [Item("asks", "won")], []).Sections.Select(s => s.Section));

        // With one (milestones 40, asks 10): a won ask and a refused one earn 1.5 of 2, three quarters of the asks' share.
        var withAsks = Rules() with
        {
            Milestones = Rules().Milestones with { Weight = 40 },
            Asks = new SectionRule(10, new Dictionary<string, decimal> { ["won"] = 1, ["refused"] = 0.5m, ["awaiting"] = 0.5m, ["unanswered"] = 0 }),
        };
        Assert.Empty(withAsks.Problems());
        var score = EvaluationScoring.Score(withAsks, [Item("milestones", "on_time"), Item("asks", "won"), Item("asks", "refused")], []);
        Assert.Equal(("asks", 2, 1.5m, 2m), (score.Sections[4].Section, score.Sections[4].Items, score.Sections[4].Earned, score.Sections[4].Possible));
        Assert.Equal(80m + 15m, score.Total);

        // Its weights count towards the hundred, and its outcomes are its own.
        var problems = (Rules() with { Asks = new SectionRule(10, new Dictionary<string, decimal> { ["won"] = 1, ["signed"] = 1 }) }).Problems().Select(p => p.Field).ToList();
        Assert.Contains("weights", problems);
        Assert.Contains("asks.points.signed", problems);
        Assert.Contains("asks.points.unanswered", problems);
    }

    [Fact]
    public void Score_Should_HoldBonusAndDeductionToTheirCaps_AndStopAtZero_UnlessAllowed()
    {
        var run = EvaluationRun.Start(EvaluationScheme.Create(2023, Rules(), "test", DateTimeOffset.UnixEpoch), 1, new DateOnly(2023, 12, 31), new DateOnly(2024, 1, 10), new DateOnly(2024, 1, 1), "test", DateTimeOffset.UnixEpoch);
        run.Adjust("DZ", 4, "示范", "简报", "test", DateTimeOffset.UnixEpoch);
        run.Adjust("DZ", 3, "推广", "简报", "test", DateTimeOffset.UnixEpoch);
        var capped = EvaluationScoring.Score(Rules(), [Item("milestones", "overdue")], run.Adjustments);
        Assert.Equal((5m, 0m, 5m), (capped.Bonus, capped.Deduction, capped.Total));

        run.Adjust("DZ", -30, "瞒报", "通报", "test", DateTimeOffset.UnixEpoch);
        Assert.Equal((10m, 0m), (EvaluationScoring.Score(Rules(), [Item("milestones", "overdue")], run.Adjustments).Deduction, EvaluationScoring.Score(Rules(), [Item("milestones", "overdue")], run.Adjustments).Total));
        Assert.Equal(-5m, EvaluationScoring.Score(Rules(allowNegative: true), [Item("milestones", "overdue")], run.Adjustments).Total);
    }

    [Fact]
    public void Scheme_Should_NameEveryProblem_And_RefuseAChangeOnceUsed()
    {
        var bad = Rules(late: -1) with { ListWeights = new Dictionary<string, decimal> { ["major_policy"] = 0 }, BonusCap = 200 };
        Assert.Equal(["bonus_cap", "list_weights.major_policy", "milestones.points.late"], bad.Problems().Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Contains(bad.Problems(), p => p.En.Contains("allow_negative", StringComparison.Ordinal));
        Assert.Empty(Rules().Problems());
        Assert.Equal("weights", Assert.Single((Rules() with { Milestones = new SectionRule(60, Rules().Milestones.Points) }).Problems()).Field);

        var scheme = EvaluationScheme.Create(2023, Rules(), "test", DateTimeOffset.UnixEpoch);
        scheme.Revise(Rules(late: 0.4m), "test", DateTimeOffset.UnixEpoch);
        Assert.Equal(2, scheme.Revision);
        scheme.MarkUsed(DateTimeOffset.UnixEpoch);
        Assert.Equal("scheme.used", Assert.Throws<DomainRuleException>(() => scheme.Revise(Rules(), "test", DateTimeOffset.UnixEpoch)).Code);
    }
}
