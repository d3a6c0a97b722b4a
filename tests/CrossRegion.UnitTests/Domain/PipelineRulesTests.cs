using CrossRegion.Domain.Common;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Domain;

/// <summary>ADR 0026's rules in the domain: the 前期 checklist's hold on construction, its items' states, costs, and what a 要素 request's answer grants.</summary>
public sealed class PipelineRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    [Fact]
    public void Checklist_Should_HoldEntryIntoConstruction_UntilSettled_OrOverridden()
    {
        var task = TaskBuilder.Road();
        task.ChangeStage(TaskStage.MajorPreliminary, new DateOnly(2026, 1, 1), null, "office", At);
        var feasibility = task.AddPreparationItem(PreparationKind.Feasibility, null, "WZ", "office", At);
        var other = task.AddPreparationItem(PreparationKind.Other, "水土保持方案", "KZ", "office", At);

        var held = Assert.Throws<DomainRuleException>(() => task.ChangeStage(TaskStage.NewStart, new DateOnly(2026, 11, 1), null, "office", At));
        Assert.Equal("stage.preparation", held.Code);
        Assert.Contains("KZ 水土保持方案", held.MessageZh, StringComparison.Ordinal);

        task.SetPreparationItem(feasibility.Id, PreparationState.Approved, new DateOnly(2026, 10, 10), "万发改〔2026〕88号", null, Today, "wz", At);
        task.SetPreparationItem(other.Id, PreparationState.NotNeeded, null, "ignored", "不涉及", Today, "kz", At);
        Assert.Null(task.Preparation.Single(p => p.Id == other.Id).Document);
        task.ChangeStage(TaskStage.NewStart, new DateOnly(2026, 11, 1), null, "office", At);

        // Within construction the checklist no longer holds.
        task.AddPreparationItem(PreparationKind.Funding, null, "WZ", "office", At);
        task.ChangeStage(TaskStage.Continuing, new DateOnly(2026, 11, 2), null, "office", At);
        Assert.Equal(TaskStage.Continuing, task.Stage);
    }

    [Fact]
    public void Override_Should_KeepItsReason_InTheStageChangesNote()
    {
        var task = TaskBuilder.Road();
        task.ChangeStage(TaskStage.Preliminary, new DateOnly(2026, 1, 1), null, "office", At);
        task.AddPreparationItem(PreparationKind.EnvironmentalAssessment, null, "WZ", "office", At);

        task.ChangeStage(TaskStage.NewStart, new DateOnly(2026, 11, 1), "先行段", "office", At, overrideReason: "联席会议决定先行开工");

        Assert.Equal("先行段（越过前期检查：联席会议决定先行开工）", task.StageHistory[^1].Note);
    }

    [Fact]
    public void Items_Should_RefuseADuplicate_AnApprovalWithoutItsDay_AndNotNeededWithoutReason()
    {
        var task = TaskBuilder.Road();
        var item = task.AddPreparationItem(PreparationKind.LandPreReview, null, "WZ", "office", At);

        Assert.Equal("preparation.duplicate", Assert.Throws<DomainRuleException>(() => task.AddPreparationItem(PreparationKind.LandPreReview, null, "WZ", "office", At)).Code);
        Assert.Equal("party.not_found", Assert.Throws<DomainRuleException>(() => task.AddPreparationItem(PreparationKind.Funding, null, "DZ", "office", At)).Code);
        Assert.Equal("preparation.on", Assert.Throws<DomainRuleException>(() => task.SetPreparationItem(item.Id, PreparationState.Approved, null, null, null, Today, "wz", At)).Code);
        Assert.Equal("preparation.on", Assert.Throws<DomainRuleException>(() => task.SetPreparationItem(item.Id, PreparationState.InProgress, Today.AddDays(1), null, null, Today, "wz", At)).Code);
        Assert.Equal("preparation.note", Assert.Throws<DomainRuleException>(() => task.SetPreparationItem(item.Id, PreparationState.NotNeeded, null, null, " ", Today, "wz", At)).Code);
        Assert.Equal(PreparationState.NotStarted, item.State);
    }

    [Fact]
    public void Costs_Should_RefuseNegativeAmounts_AndMonthsToCome()
    {
        var task = TaskBuilder.Road();

        Assert.Equal("cost.amount", Assert.Throws<DomainRuleException>(() => task.Pledge("WZ", -1)).Code);
        Assert.Equal("cost.period", Assert.Throws<DomainRuleException>(() => task.RecordSpend("WZ", "2026-12", 1, null, "2026-11", "wz", At)).Code);
        Assert.Equal("party.not_found", Assert.Throws<DomainRuleException>(() => task.RecordSpend("DZ", "2026-10", 1, null, "2026-11", "dz", At)).Code);
        task.Pledge("WZ", 800);
        task.RecordSpend("WZ", "2026-11", 100, null, "2026-11", "wz", At);
        Assert.Equal(800, task.FindParty("WZ")!.Pledged);
        Assert.Single(task.Spending);
    }

    [Fact]
    public void FactorAnswer_Should_SayWhatItGrants()
    {
        TaskIssue Raise(FactorRequest? factor) => TaskIssue.Raise(
            Guid.NewGuid(), null, "DZ", "用地指标缺口", "请协调", IssueAddressee.JointOffice, null, null, Today, Today, "dz", At, factor);
        var request = Raise(new FactorRequest(FactorKind.LandQuota, 120, "亩"));

        Assert.Equal("factor.amount", Assert.Throws<DomainRuleException>(() => Raise(new FactorRequest(FactorKind.Funds, 0, "万元"))).Code);
        Assert.Equal("factor.grant", Assert.Throws<DomainRuleException>(() => request.AnswerWith("已协调", "office", Today)).Code);
        Assert.Equal("factor.grant", Assert.Throws<DomainRuleException>(() => request.AnswerWith("已协调", "office", Today, new FactorGrant(FactorOutcome.PartlyGranted, 120, null))).Code);
        Assert.Equal("factor.grant", Assert.Throws<DomainRuleException>(() => Raise(null).AnswerWith("可", "office", Today, new FactorGrant(FactorOutcome.Granted, null, null))).Code);
        Assert.Equal(IssueStatus.Open, request.Status);

        request.AnswerWith("全部调剂", "office", Today, new FactorGrant(FactorOutcome.Granted, null, "川自然资函〔2026〕31号"));
        Assert.Equal((FactorOutcome.Granted, 120m), (request.FactorOutcome!.Value, request.GrantedAmount!.Value));
        request.Reopen("未落地", Today, Today);
        Assert.Null(request.FactorOutcome);
        request.AnswerWith("无指标", "office", Today, new FactorGrant(FactorOutcome.Refused, 50, null));
        Assert.Equal(0m, request.GrantedAmount);
    }
}
