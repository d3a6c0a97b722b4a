using CrossRegion.Domain.Common;
using CrossRegion.Domain.Meetings;

namespace CrossRegion.UnitTests.Domain;

/// <summary>The hosting order of a programme's joint meetings: configured, never assumed.</summary>
public sealed class HostOrderTests
{
    [Theory]
    [InlineData(null, "KZ")]
    [InlineData("KZ", "WZ")]
    [InlineData("WZ", "DZ")]
    [InlineData("DZ", "KZ")]
    public void Next_Should_BeTheCityAfterTheLastHost_WrappingAround(string? last, string next) =>
        Assert.Equal(next, HostOrder.Next(["KZ", "WZ", "DZ"], last));

    [Fact]
    public void Order_Should_NameEveryMemberOnce()
    {
        string[] members = ["WZ", "DZ", "KZ"];
        Assert.Equal(["DZ", "KZ", "WZ"], HostOrder.Set("WDK", ["DZ", "KZ", "WZ"], members, "test", DateTimeOffset.UnixEpoch).Cities);
        foreach (string[] bad in new[] { new[] { "DZ", "KZ" }, ["DZ", "KZ", "KZ"], ["DZ", "KZ", "YY"] })
        {
            Assert.Equal("meeting.host_order", Assert.Throws<DomainRuleException>(() => HostOrder.Set("WDK", bad, members, "test", DateTimeOffset.UnixEpoch)).Code);
        }

        Assert.Equal("meeting.host", Assert.Throws<DomainRuleException>(
            () => Meeting.Call("WDK", members, MeetingKind.Plenary, "会议", new DateOnly(2026, 12, 1), "万州", "YY", "test", DateTimeOffset.UnixEpoch)).Code);
    }
}
