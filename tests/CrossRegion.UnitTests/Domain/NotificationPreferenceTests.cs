using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Common;

namespace CrossRegion.UnitTests.Domain;

/// <summary>Quiet hours (Beijing time): a delivery inside them waits for their end, overnight or not; the leadership rung does not wait.</summary>
public sealed class NotificationPreferenceTests
{
    [Theory]
    [InlineData("2026-12-01 23:10", "2026-12-02 07:00")]
    [InlineData("2026-12-02 06:59", "2026-12-02 07:00")]
    [InlineData("2026-12-02 07:00", "2026-12-02 07:00")]
    [InlineData("2026-12-02 21:59", "2026-12-02 21:59")]
    public void Overnight_Should_HoldUntilMorning(string at, string release)
    {
        var preference = NotificationPreference.Default(Guid.NewGuid());

        Assert.Equal(DateTime.Parse(release, System.Globalization.CultureInfo.InvariantCulture),
            preference.ReleaseAt(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), LadderLevel.DepartmentOfficer));
    }

    [Fact]
    public void LeadershipRung_And_DaytimeQuietHours_Should_BehaveAsStated()
    {
        var preference = NotificationPreference.Default(Guid.NewGuid());
        var night = new DateTime(2026, 12, 1, 23, 0, 0);
        Assert.Equal(night, preference.ReleaseAt(night, LadderLevel.CityLeadership));

        preference.Change(true, false, false, LadderLevel.DepartmentOfficer, "en", new TimeOnly(12, 0), new TimeOnly(14, 0));
        Assert.Equal(new DateTime(2026, 12, 1, 14, 0, 0), preference.ReleaseAt(new DateTime(2026, 12, 1, 12, 30, 0), LadderLevel.DepartmentOfficer));
        Assert.Equal(new DateTime(2026, 12, 1, 15, 0, 0), preference.ReleaseAt(new DateTime(2026, 12, 1, 15, 0, 0), LadderLevel.DepartmentOfficer));
        Assert.Throws<DomainRuleException>(() => preference.Change(true, false, false, LadderLevel.DepartmentOfficer, "en", new TimeOnly(12, 0), null));
        Assert.Throws<DomainRuleException>(() => preference.Change(true, false, false, LadderLevel.DepartmentOfficer, "fr", null, null));
    }
}
