using CrossRegion.Application.Chasing.Common;
using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Chasing;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// Each guard of exactly-once on its own (ADR 0012). The runner serialises steps under a lock, which would hide a
/// missing guard; these tests go around it: two identical steps race without the lock (the obligation key's
/// ON CONFLICT must absorb the loser), and a later run must number only what it issues (the anti-join must leave
/// issued obligations out, or the numbers would skip).
/// </summary>
public sealed class ChaseExactlyOnceTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    private static readonly DateOnly Due = new(2026, 6, 1);
    private static readonly DateOnly Day = new(2026, 6, 8);

    [PostgresFact]
    public async Task TwoStepsRacingWithoutTheLock_Should_IssueEachNoticeOnce()
    {
        await CreateTaskAsync("WDK-2026-R");
        factory.Clock.MorningOf(Day);
        var step = FirstNotice("WZ");
        var issue = ChaseSql.Issue(step, Guid.CreateVersion7(), Day, factory.Clock.GetUtcNow(), "联办催字", postgres: true);
        var before = (await WanzhouNoticesAsync()).Count;

        // The first transaction inserts and holds its rows uncommitted for a moment; the second inserts the same
        // obligations meanwhile, waits on the unique key, and must then skip them rather than fail or duplicate.
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var tx1 = await db1.Database.BeginTransactionAsync();
        var issued1 = await db1.Database.ExecuteSqlRawAsync(issue.Text, issue.Parameters);
        await using var tx2 = await db2.Database.BeginTransactionAsync();
        var racing = db2.Database.ExecuteSqlRawAsync(issue.Text, issue.Parameters);
        await Task.Delay(500);
        Assert.False(racing.IsCompleted, "the second insert should wait for the first transaction");
        await tx1.CommitAsync();
        var issued2 = await racing;
        await tx2.CommitAsync();

        var notices = await WanzhouNoticesAsync();
        Assert.True(issued1 > 0);
        Assert.Equal(0, issued2);
        Assert.Equal(before + issued1, notices.Count);
        Assert.Equal(notices.Count, notices.Select(n => (n.SubjectId, n.DueOn)).Distinct().Count());
    }

    [Fact]
    public async Task ALaterRun_Should_NumberOnlyWhatItIssues_Without_Gaps()
    {
        await CreateTaskAsync("WDK-2026-A");
        await factory.ChaseAsync(Day);
        var before = await SerialsAsync();

        // An obligation that sorts after every one already issued: were issued ones not left out, it would be
        // numbered after all of them again and the numbers would skip.
        await CreateTaskAsync("WDK-2026-ZZ");
        await factory.ChaseAsync(Day);
        var after = await SerialsAsync();

        // Its two owners' milestone notices and their two notices for the May report it did not file.
        Assert.NotEmpty(before);
        Assert.Equal(before.Count + 4, after.Count);
        Assert.Equal(Enumerable.Range(1, after.Count), after);
    }

    private static FirstNoticeStep FirstNotice(string jurisdiction) =>
        new(NoticeSubject.Milestone, jurisdiction, LadderLevel.DepartmentOfficer, Due, Day.AddDays(3), null);

    private Task<List<Notice>> WanzhouNoticesAsync() =>
        factory.WithDbAsync(db => db.Notices.Where(n => n.Kind == NoticeKind.Notice && n.JurisdictionCode == "WZ" && n.Rung == 0 && n.Subject == NoticeSubject.Milestone).ToListAsync());

    private Task<List<int>> SerialsAsync() =>
        factory.WithDbAsync(db => db.Notices.Where(n => n.Year == Day.Year && n.Serial != null).OrderBy(n => n.Serial).Select(n => n.Serial!.Value).ToListAsync());

    private async Task CreateTaskAsync(string keyPrefix)
    {
        factory.Clock.MorningOf(Due.AddDays(-30));
        await ChaseTasks.CreateAsync(factory, Due, keyPrefix);
    }
}
