using CrossRegion.Application.Chasing.Common;
using CrossRegion.Domain.Chasing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// A rung inserted into a ladder in use (ADR 0012, amended): notices are keyed by their level, not by their rung's
/// position, so the renumbered ladder issues nothing twice, sends nothing back down to a rung an obligation has
/// already climbed past, and carries the obligations still below the new rung through it.
/// </summary>
public sealed class LadderChangeTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task InsertingARung_Should_IssueNothingTwice_And_CarryOnlyTheObligationsBelowIt()
    {
        factory.Clock.Now = Infrastructure.ApiFactory.StartAt;
        var (_, ahead, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        var behind = (await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 18))).TaskId;

        // Wanzhou's ladder as shipped (officer, head, coordinator, joint office, joint meeting) until the first
        // milestone's notice reaches the joint office.
        var day = new DateOnly(2026, 12, 7);
        for (; !(await LevelsAsync(ahead)).Contains(LadderLevel.JointOffice); day = day.AddDays(1))
        {
            Assert.True(day < new DateOnly(2027, 1, 31), "the first milestone should reach the joint office within the month");
            await factory.ChaseAsync(day);
        }

        Assert.DoesNotContain(LadderLevel.CityCoordinator, await LevelsAsync(behind));

        // Then Wanzhou puts its leader in charge between its coordinator and the joint office, as Dazhou does: the
        // joint office becomes rung 4 and the joint meeting rung 5.
        var options = factory.Services.GetRequiredService<IOptions<ChaseOptions>>().Value;
        options.Ladders["WZ"] =
        [
            new() { Level = LadderLevel.DepartmentOfficer, AfterWorkingDays = 1 },
            new() { Level = LadderLevel.DepartmentHead, AfterWorkingDays = 3 },
            new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 5 },
            new() { Level = LadderLevel.CityLeadership, AfterWorkingDays = 3 },
            new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 5 },
            new() { Level = LadderLevel.JointMeeting, AfterWorkingDays = 10 },
        ];
        try
        {
            // Twice on the day of the change, as if on two nodes; then every day until both reached the joint meeting.
            await factory.ChaseAsync(day);
            for (; day <= new DateOnly(2027, 2, 5); day = day.AddDays(1))
            {
                await factory.ChaseAsync(day);
            }
        }
        finally
        {
            options.Ladders.Remove("WZ");
        }

        // The milestone ahead: each level once; its joint-office notice is not followed by a leader's rung below
        // it, and the joint meeting comes as the new rung 5.
        var aheadNotices = await FormalAsync(ahead);
        Assert.Equal(
            [(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator), (3, LadderLevel.JointOffice), (5, LadderLevel.JointMeeting)],
            aheadNotices.Select(n => (n.Rung, n.Level!.Value)));

        // The milestone behind climbs the new ladder: through the leader in charge, each level once.
        Assert.Equal(
            [(0, LadderLevel.DepartmentOfficer), (1, LadderLevel.DepartmentHead), (2, LadderLevel.CityCoordinator), (3, LadderLevel.CityLeadership), (4, LadderLevel.JointOffice), (5, LadderLevel.JointMeeting)],
            (await FormalAsync(behind)).Select(n => (n.Rung, n.Level!.Value)));

        // Dazhou's ladder did not change: its notices climbed it once each as before.
        var dazhou = (await ChaseTasks.NoticesAsync(factory, ahead, NoticeSubject.Milestone)).Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == "DZ").ToList();
        Assert.Equal(dazhou.Count, dazhou.Select(n => n.Level).Distinct().Count());
        Assert.Equal(LadderLevel.JointMeeting, dazhou[^1].Level);
    }

    private async Task<List<Notice>> FormalAsync(Guid taskId) =>
        (await ChaseTasks.NoticesAsync(factory, taskId, NoticeSubject.Milestone)).Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == "WZ").ToList();

    private async Task<List<LadderLevel>> LevelsAsync(Guid taskId) =>
        (await FormalAsync(taskId)).Select(n => n.Level!.Value).ToList();
}
