using System.Net;
using System.Net.Http.Json;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// The chase selects overdue milestones in set-based SQL; the aggregate decides the same thing in C#
/// (<see cref="Milestone.IsOverdueFor"/>). This holds the two to each other over the seeded ledger plus milestones in
/// every state that matters: done, settled by one owner only, refused by one, due today, due after today.
/// </summary>
public sealed class ChaseRuleAgreementTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    private static readonly DateOnly Day = new(2026, 12, 16);

    [Fact]
    public async Task FirstNotices_Should_GoToExactlyTheOwnersTheAggregateCallsOverdue()
    {
        factory.Clock.Now = Infrastructure.ApiFactory.StartAt;
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var dazhou = await factory.ClientForAsync("dz.transport");
        var created = new List<(string Key, Guid MilestoneId)>();
        foreach (var daysBefore in new[] { 20, 10, 6, 3, 1, 0, -2 })
        {
            var (key, _, milestoneId) = await ChaseTasks.CreateAsync(factory, Day.AddDays(-daysBefore), "WDK-2026-A");
            created.Add((key, milestoneId));
        }

        // Both owners sign the oldest (done); Wanzhou alone signs the next (Dazhou still owes); Dazhou refuses the third.
        await SignAsync(wanzhou, created[0]);
        await SignAsync(dazhou, created[0]);
        await SignAsync(wanzhou, created[1]);
        var refused = await dazhou.PostAsJsonAsync($"/api/v1/tasks/{created[2].Key}/milestones/{created[2].MilestoneId}/reject", new { reason = "未完成" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await factory.ChaseAsync(Day);

        var calendar = factory.Services.GetRequiredService<IBusinessCalendar>();
        var options = factory.Services.GetRequiredService<IOptions<ChaseOptions>>().Value;
        var through = ChasePlan.For(Day, calendar, options).OfType<FirstNoticeStep>()
            .Where(s => s.Subject == NoticeSubject.Milestone)
            .ToDictionary(s => s.Jurisdiction, s => s.DueThrough);
        var tasks = await factory.WithDbAsync(db => db.Tasks.IgnoreQueryFilters().AsNoTracking()
            .Include(t => t.Milestones).ThenInclude(m => m.Owners)
            .Include(t => t.Milestones).ThenInclude(m => m.SignOffs)
            .AsSplitQuery().ToListAsync());
        var expected = tasks
            .Where(t => t.Status == CoordinatedTaskStatus.Active)
            .SelectMany(t => t.Milestones)
            .SelectMany(m => m.Owners.Select(o => (m, o.JurisdictionCode)))
            .Where(x => x.m.IsOverdueFor(x.JurisdictionCode, through[x.JurisdictionCode].AddDays(1)))
            .Select(x => (x.m.Id, x.JurisdictionCode))
            .Order()
            .ToList();
        var issued = (await factory.WithDbAsync(db => db.Notices.IgnoreQueryFilters().AsNoTracking()
                .Where(n => n.Subject == NoticeSubject.Milestone && n.Kind == NoticeKind.Notice && n.Rung == 0)
                .Select(n => new { n.SubjectId, n.JurisdictionCode })
                .ToListAsync()))
            .Select(n => (n.SubjectId, n.JurisdictionCode))
            .Order()
            .ToList();

        Assert.Equal(expected, issued);

        // The cases above are among them as intended, so the comparison is not vacuous.
        var mine = issued.Where(n => created.Any(c => c.MilestoneId == n.SubjectId)).ToList();
        Assert.DoesNotContain(mine, n => n.SubjectId == created[0].MilestoneId);
        Assert.Equal([(created[1].MilestoneId, "DZ")], mine.Where(n => n.SubjectId == created[1].MilestoneId));
        Assert.Equal(2, mine.Count(n => n.SubjectId == created[2].MilestoneId));
        Assert.DoesNotContain(mine, n => n.SubjectId == created[6].MilestoneId);
    }

    private static async Task SignAsync(HttpClient client, (string Key, Guid MilestoneId) milestone)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{milestone.Key}/milestones/{milestone.MilestoneId}/sign-off", new { evidence = "验收记录" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
