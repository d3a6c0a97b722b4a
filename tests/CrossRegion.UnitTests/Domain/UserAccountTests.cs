using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;

namespace CrossRegion.UnitTests.Domain;

public sealed class UserAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Should_Refuse_When_AnOfficerHasNoDepartment()
    {
        Assert.Equal("user.department", Assert.Throws<DomainRuleException>(() => UserAccount.Create("x", "X", UserRoles.DepartmentOfficer, "WZ", null, Now)).Code);
    }

    [Fact]
    public void Create_Should_Refuse_When_TheDepartmentIsOfAnotherCity()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            UserAccount.Create("x", "X", UserRoles.DepartmentOfficer, "DZ", Domain.TaskBuilder.WanzhouTransport, Now));

        Assert.Equal("user.department_jurisdiction", error.Code);
    }

    [Fact]
    public void Create_Should_Refuse_When_ACityCoordinatorHasNoJurisdiction()
    {
        Assert.Throws<DomainRuleException>(() => UserAccount.Create("x", "X", UserRoles.CityCoordinator, null, null, Now));
    }

    [Fact]
    public void Create_Should_NormalizeTheUserName()
    {
        var user = UserAccount.Create("  WZ.Admin ", "X", UserRoles.CityCoordinator, "WZ", null, Now);

        Assert.Equal("wz.admin", user.UserName);
    }

    [Fact]
    public void RoleNames_Should_RoundTrip()
    {
        var roles = UserRoles.CityCoordinator | UserRoles.SystemAdministrator;

        Assert.Equal(roles, RoleNames.Parse(RoleNames.ToNames(roles)));
    }
}
