using System.Globalization;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.Infrastructure.Calendar;
using Microsoft.Extensions.Options;

namespace CrossRegion.UnitTests.Infrastructure;

/// <summary>The chase's date arithmetic over the shipped calendar (2026 National Day: 1–7 Oct off, Sat 10 Oct worked).</summary>
public sealed class ChasePlanTests
{
    private static readonly ChineseBusinessCalendar Calendar = new(Options.Create(new BusinessCalendarOptions()));

    [Theory]
    [InlineData("2026-12-07", 1, "2026-12-06")] // Monday: anything due by Sunday is one working day late
    [InlineData("2026-12-10", 3, "2026-12-07")]
    [InlineData("2026-10-09", 1, "2026-10-08")]
    [InlineData("2026-10-09", 2, "2026-10-07")] // due on a holiday: the 8th and 9th are the two working days since
    [InlineData("2026-10-12", 2, "2026-10-09")] // the make-up Saturday does
    public void LatestWithWorkingDaysSince_Should_CountWorkingDaysOnly(string today, int days, string expected)
    {
        Assert.Equal(Day(expected), ChasePlan.LatestWithWorkingDaysSince(Day(today), days, Calendar));
    }

    [Fact]
    public void For_Should_IssueNothingOnADayOff()
    {
        Assert.Empty(ChasePlan.For(Day("2026-10-03"), Calendar, new ChaseOptions()));
        Assert.Empty(ChasePlan.For(Day("2026-11-28"), Calendar, new ChaseOptions()));
        Assert.NotEmpty(ChasePlan.For(Day("2026-10-10"), Calendar, new ChaseOptions()));
    }

    [Fact]
    public void For_Should_GiveEachDueDateOneReminderWindow()
    {
        var today = Day("2026-09-24");
        var windows = ChasePlan.For(today, Calendar, new ChaseOptions()).OfType<ReminderStep>().Where(s => s.Subject == NoticeSubject.Milestone).ToList();
        Assert.Equal([5, 1], windows.Select(w => w.WorkingDaysBefore));
        for (var due = today; due < today.AddDays(30); due = due.AddDays(1))
        {
            var left = Calendar.WorkingDaysBetween(today, due);
            var matching = windows.Where(w => due >= w.DueFrom && due < w.DueBefore).Select(w => w.WorkingDaysBefore).ToList();
            Assert.Equal(left switch { <= 1 => [1], <= 5 => [5], _ => Array.Empty<int>() }, matching);
        }
    }

    [Fact]
    public void For_Should_ClimbEachJurisdictionsOwnLadder()
    {
        var steps = ChasePlan.For(Day("2026-12-07"), Calendar, new ChaseOptions()).OfType<EscalationStep>().ToList();
        Assert.Equal(LadderLevel.CityLeadership, steps.Single(s => s.Jurisdiction == "DZ" && s.Subject == NoticeSubject.Milestone && s.ToRung == 3).Level);
        Assert.Equal(LadderLevel.JointOffice, steps.Single(s => s.Jurisdiction == "WZ" && s.Subject == NoticeSubject.Milestone && s.ToRung == 3).Level);
    }

    [Fact]
    public void Problems_Should_RefuseALadderThatDoesNotClimb()
    {
        var options = new ChaseOptions
        {
            Ladders = { ["KZ"] = [new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 1 }, new() { Level = LadderLevel.DepartmentHead, AfterWorkingDays = 2 }] },
        };
        Assert.Contains(options.Problems(), p => p.Contains("Chase:Ladders:KZ", StringComparison.Ordinal));
        Assert.Empty(new ChaseOptions().Problems());
        Assert.Equal(LadderLevel.CityCoordinator, options.LadderFor("KZ")[0].Level);
        Assert.Equal(ChaseOptions.ChongqingDefault, new ChaseOptions().LadderFor("WZ"));
    }

    [Fact]
    public void For_Should_TakeOnlyHeldTasksToTheTaskForce_AndLetTheOthersPassOverIt()
    {
        var options = new ChaseOptions
        {
            Ladders =
            {
                ["WZ"] =
                [
                    new() { Level = LadderLevel.DepartmentOfficer, AfterWorkingDays = 1 },
                    new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 2 },
                    new() { Level = LadderLevel.TaskForce, AfterWorkingDays = 3 },
                    new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 4 },
                ],
            },
        };
        var steps = ChasePlan.For(Day("2026-12-07"), Calendar, options).OfType<EscalationStep>()
            .Where(s => s.Jurisdiction == "WZ" && s.Subject == NoticeSubject.Milestone)
            .Select(s => (s.ToRung, s.FromLevel, s.Level, s.TaskForce));
        Assert.Equal(
            [
                (1, LadderLevel.DepartmentOfficer, LadderLevel.CityCoordinator, TaskForceCondition.Any),
                (2, LadderLevel.CityCoordinator, LadderLevel.TaskForce, TaskForceCondition.Held),
                (3, LadderLevel.TaskForce, LadderLevel.JointOffice, TaskForceCondition.Any),
                (3, LadderLevel.CityCoordinator, LadderLevel.JointOffice, TaskForceCondition.NotHeld),
            ],
            steps);
        Assert.Empty(options.Problems());

        options.Ladders["WZ"] = [new() { Level = LadderLevel.TaskForce, AfterWorkingDays = 1 }, new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 2 }];
        Assert.Contains(options.Problems(), p => p.Contains("cannot start at the task force", StringComparison.Ordinal));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
