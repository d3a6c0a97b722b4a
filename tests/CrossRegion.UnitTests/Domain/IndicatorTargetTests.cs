using CrossRegion.Application.Indicators.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Indicators;

namespace CrossRegion.UnitTests.Domain;

/// <summary>Targets as the plans write them, and an actual judged against each kind.</summary>
public sealed class IndicatorTargetTests
{
    [Theory]
    [InlineData("6.5以上", TargetKind.AtLeast, "6.5", null)]
    [InlineData("7.4", TargetKind.AtLeast, "7.4", null)]
    [InlineData("103以内", TargetKind.AtMost, "103", null)]
    [InlineData("0.035以下", TargetKind.AtMost, "0.035", null)]
    [InlineData("8左右", TargetKind.About, "8", null)]
    [InlineData("较2022年提升0.2个百分点", TargetKind.RelativeChange, "0.2", 2022)]
    [InlineData("稳定保持II类", TargetKind.Categorical, null, null)]
    [InlineData("上级下达任务", TargetKind.SetFromAbove, null, null)]
    [InlineData("重庆下达", TargetKind.SetFromAbove, null, null)]
    [InlineData("较2023年提升0.3个百分点以上", TargetKind.RelativeChange, "0.3", 2023)]
    [InlineData("7*左右", TargetKind.About, "7", null)]
    [InlineData("9*", TargetKind.AtLeast, "9", null)]
    [InlineData("<6", TargetKind.AtMost, "6", null)]
    [InlineData("≤0.03", TargetKind.AtMost, "0.03", null)]
    [InlineData("≥90", TargetKind.AtLeast, "90", null)]
    [InlineData("2.1:1", TargetKind.AtLeast, "2.1", null)]
    [InlineData("", TargetKind.Unstated, null, null)]
    public void Parse_Should_ReadEachWayTheTablesWriteATarget(string text, TargetKind kind, string? value, int? reference)
    {
        var parsed = TargetText.Parse(text);

        Assert.Equal((kind, value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reference), parsed);
    }

    [Theory]
    [InlineData("6.5以上", "6.9", Attainment.Met)]
    [InlineData("340以上", "336", Attainment.NotMet)]
    [InlineData("15以上", "15以上", Attainment.Met)]
    [InlineData("5.5以内", "5.4", Attainment.Met)]
    [InlineData("0.035以下", "0.04", Attainment.NotMet)]
    [InlineData("8左右", "7.8", Attainment.Met)]
    [InlineData("8左右", "7.5", Attainment.NotMet)]
    [InlineData("较2022年提升0.2个百分点", "较2022年提升0.2个百分点", Attainment.Met)]
    [InlineData("较2022年提升0.2个百分点", "较2022年提升0.1个百分点", Attainment.NotMet)]
    [InlineData("稳定保持II类", "稳定保持II类", Attainment.Met)]
    [InlineData("稳定保持II类", "III类", Attainment.NotMet)]
    [InlineData("上级下达任务", "完成", Attainment.NotReported)]
    public void Judge_Should_MeasureTheActualByTheTargetsKind(string target, string actual, Attainment expected)
    {
        var indicator = Indicator.Create("T-01", "WZPLAN", "测试指标", null, null, IndicatorAttribute.Expected, IndicatorFrequency.Yearly, ["WZ"], null, false, DateTimeOffset.UnixEpoch);
        var set = indicator.SetTarget(2023, "1", 1, target);

        Assert.Equal(expected, set.Judge(indicator.Report("WZ", "2023", actual, null, false, null, "test", DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void Judge_Should_TakeTheCitysWord_When_TheTargetIsSetFromAbove_And_WaitWhileTheFigureIsNotIn()
    {
        var indicator = Indicator.Create("T-02", "WZPLAN", "节能减排降碳", null, null, IndicatorAttribute.Binding, IndicatorFrequency.Yearly, ["WZ"], null, false, DateTimeOffset.UnixEpoch);
        var target = indicator.SetTarget(2023, "18", 18, "上级下达任务");

        Assert.Equal(Attainment.NotReported, target.Judge(indicator.Report("WZ", "2023", "市级暂未反馈", null, true, null, "test", DateTimeOffset.UnixEpoch)));
        Assert.Equal(Attainment.Met, target.Judge(indicator.Report("WZ", "2023", "完成上级下达任务", null, false, true, "test", DateTimeOffset.UnixEpoch)));
        Assert.Single(indicator.Actuals);
    }

    [Fact]
    public void Judge_Should_FollowTheTablesDirection_When_TheWordsLeaveItOpen()
    {
        var indicator = Indicator.Create("T-04", "KZPLAN", "城乡居民收入比", null, null, IndicatorAttribute.Expected, IndicatorFrequency.Yearly, ["KZ"], null, false, DateTimeOffset.UnixEpoch);
        var target = indicator.SetTarget(2025, "16", 16, "2.1:1", judgedAs: TargetKind.AtMost);

        Assert.Equal(TargetKind.AtMost, target.Kind);
        Assert.Equal(Attainment.Met, target.Judge(indicator.Report("KZ", "2025", "2.05:1", null, false, null, "test", DateTimeOffset.UnixEpoch)));
        Assert.Equal(Attainment.NotMet, target.Judge(indicator.Report("KZ", "2025", "2.3:1", null, false, null, "test", DateTimeOffset.UnixEpoch)));
        Assert.Equal("indicator.judged_as", Assert.Throws<DomainRuleException>(() => indicator.SetTarget(2024, "16", 16, "重庆下达", judgedAs: TargetKind.AtMost)).Code);
    }

    [Fact]
    public void Judge_Should_NotJudge_When_TheTableStatesNoTarget_And_CountEachRevision()
    {
        var indicator = Indicator.Create("T-05", "KZPLAN", "单位地区生产总值二氧化碳排放降低率", null, "%", IndicatorAttribute.Binding, IndicatorFrequency.Yearly, ["KZ"], null, false, DateTimeOffset.UnixEpoch);
        var target = indicator.SetTarget(2025, "7", 7, string.Empty);

        Assert.Equal(Attainment.NotReported, target.Judge(null));
        var actual = indicator.Report("KZ", "2025", "19.5", null, false, null, "test", DateTimeOffset.UnixEpoch);
        Assert.Equal(Attainment.NotJudged, target.Judge(actual));
        Assert.Equal(1, actual.Revision);
        Assert.Equal(42.5m, indicator.Report("KZ", "2025", "完成", 42.5m, false, null, "test", DateTimeOffset.UnixEpoch).Value);
        Assert.Equal(2, actual.Revision);
    }

    [Fact]
    public void Report_Should_Refuse_ACityThatDoesNotOwnTheIndicator()
    {
        var indicator = Indicator.Create("T-03", "WDKY", "地区生产总值", null, "亿元", IndicatorAttribute.Expected, IndicatorFrequency.Yearly, ["WZ", "DZ"], null, true, DateTimeOffset.UnixEpoch);

        Assert.Equal("indicator.not_owner", Assert.Throws<DomainRuleException>(() => indicator.Report("KZ", "2027", "1000", null, false, null, "test", DateTimeOffset.UnixEpoch)).Code);
    }

    [Theory]
    [InlineData("地区生产总值增速（%）", "地区生产总值增速", "%", false)]
    [InlineData("空气质量优良天数（天）*", "空气质量优良天数", "天", true)]
    [InlineData("长江干流水质*", "长江干流水质", null, true)]
    [InlineData("R&D占GDP比重（%）", "R&D占GDP比重", "%", false)]
    public void Name_Should_SplitTheUnit_And_TheBindingStar(string printed, string name, string? unit, bool binding)
    {
        Assert.Equal((name, unit, binding), IndicatorTable.Name(printed));
    }
}
