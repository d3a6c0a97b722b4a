using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;

namespace CrossRegion.UnitTests.Domain;

/// <summary>The rules of the organisation model that need no database: units, assignments, setup links, organisation accounts.</summary>
public sealed class OrganisationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MoveUnder_Should_Refuse_AUnitOfAnotherCity_And_ACycle()
    {
        var zone = Department.Create("WZ-EDZ", "WZ", "万州经开区", "Wanzhou EDZ", DepartmentFunctions.DevelopmentZone, DepartmentKind.DevelopmentZone);
        var bureau = Department.Create("WZ-EDZ-ECONOMY", "WZ", "万州经开区经济发展局", "EDZ economy bureau", DepartmentFunctions.EconomyIt);
        var dazhou = Department.Create("DZ-DRC", "DZ", "达州市发展改革委", "Dazhou DRC", DepartmentFunctions.DevelopmentReform);
        bureau.MoveUnder(zone, []);

        Assert.Equal(zone.Id, bureau.ParentId);
        Assert.Equal("department.parent_jurisdiction", Assert.Throws<DomainRuleException>(() => bureau.MoveUnder(dazhou, [])).Code);
        Assert.Equal("department.parent_cycle", Assert.Throws<DomainRuleException>(() => zone.MoveUnder(bureau, [zone.Id])).Code);
        Assert.Equal("department.parent_cycle", Assert.Throws<DomainRuleException>(() => zone.MoveUnder(zone, [])).Code);
    }

    [Fact]
    public void SetAliases_Should_TrimAndDropRepeatsAndTheFullName_And_NameTheUnit()
    {
        var transport = Department.Create("KZ-TRANSPORT", "KZ", "开州区交通局", "Kaizhou Transport", DepartmentFunctions.Transport);

        transport.SetAliases([" 区交通局 ", "区交通局", "开州区交通局"]);

        Assert.Equal(["区交通局"], transport.Aliases.Select(a => a.Name));
        Assert.True(transport.IsNamed("区交通局"));
        Assert.True(transport.IsNamed("kz-transport"));
        Assert.False(transport.IsNamed("区交通运输局"));
        Assert.Throws<DomainRuleException>(() => transport.SetAliases(Enumerable.Range(0, Department.MaxAliases + 1).Select(i => $"别名{i}")));
    }

    [Fact]
    public void Assignment_Should_RunBetweenItsDates_BothIncluded()
    {
        var assignment = JointOfficeAssignment.Create(Guid.NewGuid(), "WKY", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

        Assert.False(assignment.IsCurrentOn(new DateOnly(2025, 12, 31)));
        Assert.True(assignment.IsCurrentOn(new DateOnly(2026, 1, 1)));
        Assert.True(assignment.IsCurrentOn(new DateOnly(2026, 6, 30)));
        Assert.False(assignment.IsCurrentOn(new DateOnly(2026, 7, 1)));
        Assert.Equal("assignment.dates", Assert.Throws<DomainRuleException>(() => assignment.EndAfter(new DateOnly(2025, 12, 1))).Code);
        Assert.Throws<DomainRuleException>(() => JointOfficeAssignment.Create(Guid.NewGuid(), "WDK", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void SetupLink_Should_BeUsableOnlyBeforeItExpires_And_Once()
    {
        var link = AccountSetupToken.For(Guid.NewGuid(), "hash", Now.AddHours(72));

        Assert.True(link.IsUsableAt(Now));
        Assert.False(link.IsUsableAt(Now.AddHours(72)));
        link.Spend(Now.AddHours(1));
        Assert.False(link.IsUsableAt(Now.AddHours(2)));
    }

    [Fact]
    public void OrganisationAccount_Should_BeAnObserverOfNoCity()
    {
        var observer = UserAccount.Create("cr.liaison", "国铁集团 联络员", UserRoles.Observer, null, null, Now);
        var coordinator = UserAccount.Create("wz.c", "万州 协调人", UserRoles.CityCoordinator, "WZ", null, Now);
        observer.ObserveFor("CHINA-RAILWAY");

        Assert.Equal("user.organisation", Assert.Throws<DomainRuleException>(() => coordinator.ObserveFor("NDRC")).Code);
        Assert.Equal("user.organisation", Assert.Throws<DomainRuleException>(() => observer.Assign("x", UserRoles.Observer | UserRoles.JointOfficeCoordinator, null, null)).Code);
    }
}
