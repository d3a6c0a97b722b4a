using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Domain;

public sealed class CoordinatedTaskTests
{
    [Fact]
    public void Create_Should_Refuse_When_NoPartyIsResponsible()
    {
        var parties = new[] { new PartySpec("YY", PartyRole.Participant, null, []) };

        var error = Assert.Throws<DomainRuleException>(() => CoordinatedTask.Create(TaskBuilder.Definition(), parties, DateTimeOffset.UnixEpoch));

        Assert.Equal("task.responsible_party", error.Code);
    }

    [Fact]
    public void AddParty_Should_Refuse_When_ADepartmentBelongsToAnotherJurisdiction()
    {
        var task = TaskBuilder.Road();

        var error = Assert.Throws<DomainRuleException>(() =>
            task.AddParty(new PartySpec("DZ", PartyRole.Responsible, null, [TaskBuilder.WanzhouTransport])));

        Assert.Equal("party.department_jurisdiction", error.Code);
        Assert.Null(task.FindParty("DZ"));
    }

    [Fact]
    public void AddParty_Should_Refuse_When_TheJurisdictionIsAlreadyAParty()
    {
        var task = TaskBuilder.Road();

        var error = Assert.Throws<DomainRuleException>(() => task.AddParty(new PartySpec("WZ", PartyRole.Cooperating, null, [])));

        Assert.Equal("party.duplicate", error.Code);
    }

    [Fact]
    public void AddParty_Should_Refuse_When_AParticipantNamesAUnit()
    {
        var task = TaskBuilder.Road();

        var error = Assert.Throws<DomainRuleException>(() =>
            task.AddParty(new PartySpec("DZ", PartyRole.Participant, null, [TaskBuilder.DazhouTransport])));

        Assert.Equal("party.units_not_allowed", error.Code);
    }

    [Fact]
    public void AddParty_Should_Refuse_When_TheJurisdictionIsUnknown()
    {
        var task = TaskBuilder.Road();

        Assert.Equal("party.jurisdiction", Assert.Throws<DomainRuleException>(() => task.AddParty(new PartySpec("SH", PartyRole.Responsible, null, []))).Code);
    }

    [Fact]
    public void AddMilestone_Should_BeOwnedByEveryResponsibleParty_When_NoOwnerIsNamed()
    {
        var task = TaskBuilder.Road();

        var milestone = task.AddMilestone(new MilestoneSpec("土地拆迁80%", null, new DateOnly(2023, 12, 31), DatePrecision.Year, []));

        Assert.Equal(["KZ", "WZ"], milestone.Owners.Select(o => o.JurisdictionCode).Order().ToArray());
    }

    [Fact]
    public void AddMilestone_Should_Refuse_When_AnOwnerHasNoResponsibility()
    {
        var task = TaskBuilder.Road();

        var error = Assert.Throws<DomainRuleException>(() =>
            task.AddMilestone(new MilestoneSpec("云阳节点", null, new DateOnly(2023, 12, 31), DatePrecision.Year, ["YY"])));

        Assert.Equal("milestone.owner", error.Code);
    }

    [Fact]
    public void RemoveParty_Should_Refuse_When_ItIsTheLastResponsibleParty()
    {
        var task = CoordinatedTask.Create(
            TaskBuilder.Definition(),
            [new PartySpec("WZ", PartyRole.Lead, null, []), new PartySpec("DZ", PartyRole.Cooperating, null, [])],
            DateTimeOffset.UnixEpoch);

        var error = Assert.Throws<DomainRuleException>(() => task.RemoveParty("WZ"));

        Assert.Equal("task.responsible_party", error.Code);
        Assert.NotNull(task.FindParty("WZ"));
    }

    [Fact]
    public void RemoveParty_Should_Refuse_When_ThePartyOwnsAMilestone()
    {
        var task = TaskBuilder.Road();
        task.AddMilestone(new MilestoneSpec("万州段", null, new DateOnly(2023, 12, 31), DatePrecision.Year, ["WZ"]));

        var error = Assert.Throws<DomainRuleException>(() => task.RemoveParty("WZ"));

        Assert.Equal("party.owns_milestones", error.Code);
    }

    [Fact]
    public void RemoveParty_Should_Succeed_When_AnotherResponsiblePartyRemains()
    {
        var task = TaskBuilder.Road();

        task.RemoveParty("KZ");

        Assert.Null(task.FindParty("KZ"));
    }

    [Fact]
    public void AddTarget_Should_Refuse_When_AMeasureNamesANonParty()
    {
        var task = TaskBuilder.Road();

        var error = Assert.Throws<DomainRuleException>(() => task.AddTarget(
            2023, "完成年度投资", [new MeasureSpec("年度投资", null, MeasureComparator.Equal, 2m, "亿元", "DZ", null)]));

        Assert.Equal("measure.party", error.Code);
    }

    [Fact]
    public void AddTarget_Should_Refuse_When_TheYearAlreadyHasATarget()
    {
        var task = TaskBuilder.Road();
        task.AddTarget(2023, "目标", []);

        Assert.Equal("target.duplicate_year", Assert.Throws<DomainRuleException>(() => task.AddTarget(2023, "另一个目标", [])).Code);
    }

    [Theory]
    [InlineData(2025, 2021, "task.period_order")]
    [InlineData(1800, null, "task.period_year")]
    public void SetPeriod_Should_Refuse_When_YearsAreImpossible(int start, int? end, string rule)
    {
        var task = TaskBuilder.Road();

        Assert.Equal(rule, Assert.Throws<DomainRuleException>(() => task.SetPeriod("text", start, end)).Code);
    }

    [Fact]
    public void SetParent_Should_Refuse_When_TheParentIsItselfASubTask()
    {
        var parent = TaskBuilder.Road();
        var child = CoordinatedTask.Create(TaskBuilder.Definition("WDK-2023-04-01"), [new PartySpec("WZ", PartyRole.Responsible, null, [])], DateTimeOffset.UnixEpoch);
        var grandChild = CoordinatedTask.Create(TaskBuilder.Definition("WDK-2023-04-02"), [new PartySpec("WZ", PartyRole.Responsible, null, [])], DateTimeOffset.UnixEpoch);
        child.SetParent(parent);

        Assert.Equal("task.parent_depth", Assert.Throws<DomainRuleException>(() => grandChild.SetParent(child)).Code);
        Assert.Equal("task.parent_self", Assert.Throws<DomainRuleException>(() => parent.SetParent(parent)).Code);
    }

    [Fact]
    public void AddAlias_Should_IgnoreDuplicatesAndTheTitle()
    {
        var task = TaskBuilder.Road();

        task.AddAlias("南雅高速");
        task.AddAlias("南雅高速");
        task.AddAlias(task.TitleZh);

        Assert.Single(task.Aliases);
    }

    [Fact]
    public void IsOverdueOn_Should_BeTrue_OnlyAfterTheDueDateOfAnOpenMilestone()
    {
        var task = TaskBuilder.Road();
        var milestone = task.AddMilestone(new MilestoneSpec("一季度", null, new DateOnly(2023, 3, 31), DatePrecision.Quarter, []));

        Assert.False(milestone.IsOverdueOn(new DateOnly(2023, 3, 31)));
        Assert.True(milestone.IsOverdueOn(new DateOnly(2023, 4, 1)));
    }

    [Fact]
    public void NextDueDate_Should_FollowTheEarliestOpenMilestone_When_MilestonesAreAdded()
    {
        var task = TaskBuilder.Road();
        Assert.Null(task.NextDueDate);

        task.AddMilestone(new MilestoneSpec("年底", null, new DateOnly(2023, 12, 31), DatePrecision.Year, []));
        task.AddMilestone(new MilestoneSpec("一季度", null, new DateOnly(2023, 3, 31), DatePrecision.Quarter, []));

        Assert.Equal(new DateOnly(2023, 3, 31), task.NextDueDate);
        Assert.True(task.IsOverdueOn(new DateOnly(2023, 4, 1)));
        Assert.False(task.IsOverdueOn(new DateOnly(2023, 3, 31)));
    }
}
