using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Domain;

public sealed class StatusLightsTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly Until = new(2026, 11, 27);

    [Theory]
    [InlineData(MilestoneStatus.Done, -30, StatusLight.Done)]
    [InlineData(MilestoneStatus.Open, -1, StatusLight.Red)]
    [InlineData(MilestoneStatus.Open, 0, StatusLight.Yellow)]
    [InlineData(MilestoneStatus.Open, 7, StatusLight.Yellow)]
    [InlineData(MilestoneStatus.Open, 8, StatusLight.Green)]
    public void ForMilestone_Should_TurnYellowInsideTheWindow_And_RedWhenOverdue(MilestoneStatus status, int dueInDays, StatusLight expected)
    {
        Assert.Equal(expected, StatusLights.ForMilestone(status, Today.AddDays(dueInDays), Today, Until));
    }

    [Fact]
    public void ForParty_Should_TakeTheWorstOfItsMilestonesAndItsLatestReport()
    {
        Assert.Equal(StatusLight.Red, StatusLights.ForParty([StatusLight.Green], ReportStatus.Blocked));
        Assert.Equal(StatusLight.Yellow, StatusLights.ForParty([StatusLight.Green, StatusLight.Done], ReportStatus.AtRisk));
        Assert.Equal(StatusLight.Red, StatusLights.ForParty([StatusLight.Red], ReportStatus.OnTrack));
        Assert.Equal(StatusLight.Green, StatusLights.ForParty([], null));
        Assert.Equal(StatusLight.Done, StatusLights.ForParty([StatusLight.Done, StatusLight.Done], ReportStatus.Blocked));
    }

    [Fact]
    public void ForTask_Should_BeDone_When_ClosedOrEveryMilestoneIsDone()
    {
        Assert.Equal(StatusLight.Done, StatusLights.ForTask(CoordinatedTaskStatus.Closed, null, true, true, false, Today, Until));
        Assert.Equal(StatusLight.Done, StatusLights.ForTask(CoordinatedTaskStatus.Active, null, true, false, false, Today, Until));
        Assert.Equal(StatusLight.Green, StatusLights.ForTask(CoordinatedTaskStatus.Active, null, false, false, false, Today, Until));
        Assert.Equal(StatusLight.Red, StatusLights.ForTask(CoordinatedTaskStatus.Active, Today.AddDays(30), true, true, false, Today, Until));
        Assert.Equal(StatusLight.Yellow, StatusLights.ForTask(CoordinatedTaskStatus.Active, Today.AddDays(30), true, false, true, Today, Until));
        Assert.Equal(StatusLight.Red, StatusLights.ForTask(CoordinatedTaskStatus.Active, Today.AddDays(-1), true, false, true, Today, Until));
    }
}
