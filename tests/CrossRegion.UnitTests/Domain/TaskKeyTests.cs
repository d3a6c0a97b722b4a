using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Domain;

public sealed class TaskKeyTests
{
    [Theory]
    [InlineData("WDK-2023-01", true)]
    [InlineData("WDK-2023-07-01", true)]
    [InlineData("WKY-2024-3", true)]
    [InlineData("wdk-2023-01", false)]
    [InlineData("WDK", false)]
    [InlineData("WDK--01", false)]
    [InlineData("WDK-2023-01 ", false)]
    [InlineData("", false)]
    [InlineData("WDK-2023-0000000000000000000000001", false)]
    public void IsValid_Should_AcceptOnlyDashSeparatedUpperCaseKeys(string key, bool valid)
    {
        Assert.Equal(valid, TaskKey.IsValid(key));
    }

    [Fact]
    public void Create_Should_Refuse_When_TheKeyIsMalformed()
    {
        var error = Assert.Throws<DomainRuleException>(() => CoordinatedTask.Create(
            TaskBuilder.Definition("bad key"), [new PartySpec("WZ", PartyRole.Responsible, null, [])], DateTimeOffset.UnixEpoch));

        Assert.Equal("task.key_format", error.Code);
    }
}
