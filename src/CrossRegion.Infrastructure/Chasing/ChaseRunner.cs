using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Chasing;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Chasing;

/// <summary>
/// Runs the steps of today's <see cref="ChasePlan"/>, each in its own transaction: the notices it issues and their
/// outbox events commit together or not at all. Steps are serialised across every node (a transaction-scoped
/// advisory lock on PostgreSQL; one process owns an SQLite file), which keeps notice numbers gapless; exactly-once
/// does not depend on the lock but on the unique obligation key. A run killed half-way leaves whole steps behind,
/// and the next run (on any node) issues what is missing.
/// </summary>
internal sealed partial class ChaseRunner(
    AppDbContext db, IBusinessCalendar calendar, IOptions<ChaseOptions> options, TimeProvider time, Observability.CrossRegionMetrics metrics, ILogger<ChaseRunner> logger)
    : IChaseRunner
{
    private const long ChaseLockKey = 0x4352_4348_4153_45;
    private const int AnalyzeAfter = 10_000;

    public async Task<ChaseResult> RunAsync(CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var steps = ChasePlan.For(today, calendar, options.Value);
        if (steps.Count == 0)
        {
            return new ChaseResult(today, Skipped: true, 0, 0, 0);
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        int reminders = 0, notices = 0, escalations = 0;
        foreach (var step in steps)
        {
            var issued = await RunStepAsync(step, today, cancellationToken);
            if (issued == 0)
            {
                continue;
            }

            if (issued >= AnalyzeAfter && db is PostgresAppDbContext)
            {
                // Autovacuum would notice the new rows within a minute; the next step is planned in milliseconds. With
                // statistics that still say "few notices", its anti-joins become nested loops over the whole table.
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"Notices\"", cancellationToken);
            }

            LogStep(logger, step.Name, issued);
            metrics.Issued(step, issued);
            if (step is ReminderStep)
            {
                reminders += issued;
            }
            else if (step is FirstNoticeStep)
            {
                notices += issued;
            }
            else
            {
                escalations += issued;
            }
        }

        return new ChaseResult(today, Skipped: false, reminders, notices, escalations);
    }

    private async Task<int> RunStepAsync(ChaseStep step, DateOnly today, CancellationToken cancellationToken)
    {
        var postgres = db is PostgresAppDbContext;
        var batch = Guid.CreateVersion7();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var lease = await db.LockAsync(ChaseLockKey, cancellationToken);
        if (postgres)
        {
            // The same statement runs with very different parameters (a rung nobody reached, a rung everybody did):
            // a cached generic plan chosen on the small cases turns the large ones into nested-loop scans. Each
            // step is planned for its own parameters (docs/benchmarks.md, chase).
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        }

        // The clock is read under the lock, so notices issued later never carry an earlier time.
        var now = time.GetUtcNow();
        var issue = ChaseSql.Issue(step, batch, today, now, options.Value.NumberPrefix, postgres);
        var issued = await db.Database.ExecuteSqlRawAsync(issue.Text, issue.Parameters, cancellationToken);
        if (issued > 0 && step.Kind == NoticeKind.Notice)
        {
            var events = ChaseSql.Events(batch, step, ChaseSql.LevelOf(step), now, postgres);
            await db.Database.ExecuteSqlRawAsync(events.Text, events.Parameters, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return issued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chase step {Step} issued {Count} notices")]
    private static partial void LogStep(ILogger logger, string step, int count);
}
