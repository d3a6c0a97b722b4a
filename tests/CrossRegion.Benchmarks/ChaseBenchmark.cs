using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossRegion.Application;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Jobs.Common;
using CrossRegion.Application.Notifications.ListNotifications;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrossRegion.Benchmarks;

/// <summary>
/// One chase over a large ledger on PostgreSQL, in process with the production chase runner: <c>tasks</c> × 10
/// milestones (one overdue per task), on Monday 2026-12-07. The first pass issues a notice for every overdue
/// milestone; the second, the same day, has nothing new to do; a third, three working days later, escalates them
/// all. Memory is sampled throughout: the runner streams nothing through the process, so it must stay flat.
/// </summary>
internal static class ChaseBenchmark
{
    public static async Task<int> RunAsync(Args options)
    {
        var pg = options.Get("pg", "Host=127.0.0.1;Port=5432;Username=postgres;Database=crossregion_chase");
        var tasks = int.Parse(options.Get("tasks", "100000"), CultureInfo.InvariantCulture);
        var reports = options.Get("reports", "no") == "yes";
        var channels = options.Get("channels", "no") == "yes";
        var report = new StringBuilder();

        await using var services = Services(pg, reports, channels, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)), out var clock);
        await DatabaseInitializer.InitializeAsync(services, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "chase-ledger.sql"));
        await ExecuteAsync(pg, sql.Replace("{tasks}", tasks.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            + "UPDATE \"Tasks\" SET \"Status\" = 'Archived' WHERE \"Key\" NOT LIKE 'CHS-%';");
        await ExecuteAsync(pg, "VACUUM (ANALYZE)");
        var milestones = await ScalarAsync(pg, "SELECT count(*) FROM \"Milestones\" m JOIN \"Tasks\" t ON t.\"Id\" = m.\"TaskId\" WHERE t.\"Status\" = 'Active'");
        var overdue = await ScalarAsync(pg,
            "SELECT count(*) FROM \"Milestones\" m JOIN \"Tasks\" t ON t.\"Id\" = m.\"TaskId\" WHERE t.\"Status\" = 'Active' AND m.\"Status\" = 'Open' AND m.\"DueDate\" < DATE '2026-12-07'");
        var generated = watch.Elapsed;
        Console.WriteLine($"Generated {milestones:N0} milestones ({overdue:N0} overdue) in {generated.TotalSeconds:F1} s.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Ledger: {tasks:N0} tasks, {milestones:N0} milestones of which {overdue:N0} overdue on 2026-12-07; monthly-report chase {(reports ? "on" : "off")}; generated in {generated.TotalSeconds:F0} s.")
            .AppendLine()
            .AppendLine("| pass | day | issued | seconds | peak working set MB | GC heap after MB |")
            .AppendLine("|---|---|---|---|---|---|");

        var passes = new[] { ("first", new DateOnly(2026, 12, 7)), ("second (nothing new)", new DateOnly(2026, 12, 7)), ("escalation", new DateOnly(2026, 12, 10)) };
        var results = new List<(string Name, ChaseResult Result, TimeSpan Took, long Peak)>();
        foreach (var (name, day) in passes)
        {
            clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
            using var sampler = new MemorySampler();
            var pass = Stopwatch.StartNew();
            ChaseResult result;
            await using (var scope = services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:chase");
                result = await scope.ServiceProvider.GetRequiredService<IChaseRunner>().RunAsync(CancellationToken.None);
            }

            pass.Stop();
            var peak = sampler.Stop();
            var issued = result.Reminders + result.Notices + result.Escalations;
            Console.WriteLine($"{name}: {result.Summary} in {pass.Elapsed.TotalSeconds:F2} s, peak working set {peak / 1048576.0:F0} MB");
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {day:yyyy-MM-dd} | {issued:N0} | {pass.Elapsed.TotalSeconds:F2} | {peak / 1048576.0:F0} | {GC.GetTotalMemory(false) / 1048576.0:F0} |");
            results.Add((name, result, pass.Elapsed, peak));
            if (channels && results.Count == 1)
            {
                await ChannelBenchmark.RunAsync(services, report);
                report.AppendLine().AppendLine("| pass | day | issued | seconds | peak working set MB | GC heap after MB |").AppendLine("|---|---|---|---|---|---|");
            }
        }

        // The same chase as the scheduler runs it: run-now through the admin port, queued in Hangfire's PostgreSQL
        // store, taken by the job server's worker, run in the job frame (the cluster-wide lock, its own scope) and
        // recorded. Five working days after the escalation pass, when notices climb one more rung.
        var (hangfireIssued, hangfireTook, hangfireSummary) = await ThroughHangfireAsync(services, clock, new DateOnly(2026, 12, 17));
        Console.WriteLine($"through Hangfire: {hangfireSummary} in {hangfireTook.TotalSeconds:F2} s (queued to recorded)");
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Through Hangfire (run-now on 2026-12-17 to its recorded run, PostgreSQL store): {hangfireIssued:N0} issued in {hangfireTook.TotalSeconds:F2} s.");

        report.AppendLine().AppendLine("Inbox (`GET /api/v1/notifications`, first page of 50 and the page after it, unread first; median of 20 runs):").AppendLine()
            .AppendLine("| reader | notices addressed | first page ms | next page ms |").AppendLine("|---|---|---|---|");
        var unit = await ScalarAsync(pg, "SELECT count(*) FROM \"Departments\" WHERE \"Code\" = 'WZ-TRANSPORT'") > 0
            ? await GuidAsync(pg, "SELECT \"Id\" FROM \"Departments\" WHERE \"Code\" = 'WZ-TRANSPORT'")
            : (Guid?)null;
        foreach (var (label, reader) in new[]
                 {
                     ("Wanzhou city coordinator", new Reader(UserRoles.CityCoordinator, null)),
                     ("Wanzhou transport officer", new Reader(UserRoles.DepartmentOfficer, unit)),
                 })
        {
            var (firstPage, nextPage, total) = await InboxAsync(services, reader);
            Console.WriteLine($"inbox, {label}: {firstPage:F1} ms, next {nextPage:F1} ms over {total:N0} notices");
            report.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {total:N0} | {firstPage:F1} | {nextPage:F1} |");
        }

        // The quarterly bulletin over the same ledger, as the job builds it (in process, as the system).
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:bulletin");
            var builder = ActivatorUtilities.CreateInstance<BulletinBuilder>(scope.ServiceProvider);
            using var sampler = new MemorySampler();
            var building = Stopwatch.StartNew();
            var bulletin = await builder.BuildAsync("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1), null, CancellationToken.None);
            var peak = sampler.Stop();
            var obligations = $"{bulletin.Jurisdictions.Sum(j => j.Score.MilestonesDue):N0} milestone obligations, {bulletin.Jurisdictions.Sum(j => j.Score.ReportsDue):N0} monthly-report obligations";
            Console.WriteLine($"bulletin 2026-Q4: {building.Elapsed.TotalSeconds:F1} s, {obligations}, {bulletin.OverdueItems.Count:N0} overdue items, peak working set {peak / 1048576.0:F0} MB");
            report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Bulletin 2026-Q4 over the same ledger: {building.Elapsed.TotalSeconds:F1} s, {obligations}, {bulletin.OverdueItems.Count:N0} overdue items, peak working set {peak / 1048576.0:F0} MB.");
        }

        var first = results[0];
        // The ledger (tests/data/chase-ledger.sql) owes every task's two parties three months of reports.
        var expected = overdue + (reports ? tasks * 2L * 3 : 0);
        // Memory flat: the pass that issues the most peaks within a quarter of the pass that issues nothing, so the
        // working set does not grow with the number of obligations.
        var flat = results.Max(r => r.Peak) <= results[1].Peak * 1.25;
        var met = first.Result.Notices == expected && first.Took < TimeSpan.FromSeconds(60)
            && results[1].Result is { Reminders: 0, Notices: 0, Escalations: 0 } && results[1].Took < TimeSpan.FromSeconds(5) && flat
            && hangfireSummary.StartsWith("succeeded", StringComparison.Ordinal) && hangfireIssued > 0;
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Memory flat: {(flat ? "yes" : "no")} (largest peak {results.Max(r => r.Peak) / 1048576.0:F0} MB against {results[1].Peak / 1048576.0:F0} MB when nothing is issued; at most +25 %).");
        report.AppendLine().AppendLine(met
            ? "TARGET MET: first pass < 60 s issuing one notice per overdue obligation; second pass < 5 s issuing nothing; memory flat; the run through Hangfire succeeded."
            : "TARGET MISSED.");
        Console.WriteLine(report);
        if (options.TryGet("report", out var file))
        {
            await File.WriteAllTextAsync(file, report.ToString());
        }

        return met ? 0 : 1;
    }

    private static async Task<(long Issued, TimeSpan Took, string Summary)> ThroughHangfireAsync(ServiceProvider services, MovableClock clock, DateOnly day)
    {
        clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        // Hangfire's job server only (the dashboard's warm-up and the gauges' sampler would read the ledger meanwhile).
        var hosted = services.GetServices<IHostedService>().Where(h => h.GetType().Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true).ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        try
        {
            var watch = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IJobAdmin>().RunNowAsync(JobNames.Chase, CancellationToken.None);
            }

            while (watch.Elapsed < TimeSpan.FromMinutes(10))
            {
                await using var scope = services.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobRuns.AsNoTracking()
                    .Where(r => r.Job == JobNames.Chase && r.Manual).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync();
                if (run is not null)
                {
                    watch.Stop();
                    var issued = run.Outcome == "succeeded" ? await ScalarAsync(services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!,
                        $"SELECT count(*) FROM \"Notices\" WHERE \"IssuedOn\" = DATE '{day:yyyy-MM-dd}'") : 0;
                    return (issued, watch.Elapsed, $"{run.Outcome}: {run.Summary}");
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("The chase queued through Hangfire was not recorded within 10 minutes.");
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(hosted))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Median time of the inbox's first page and of the page after it, as the application serves them.</summary>
    private static async Task<(double First, double Next, long Total)> InboxAsync(ServiceProvider services, Reader reader)
    {
        var first = new List<double>();
        var next = new List<double>();
        long total = 0;
        for (var run = 0; run < 20; run++)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = reader;
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var handler = new ListNotificationsQueryHandler(db, reader);
            var watch = Stopwatch.StartNew();
            var page = await handler.Handle(new ListNotificationsQuery(), CancellationToken.None);
            first.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await handler.Handle(new ListNotificationsQuery(Cursor: page.NextCursor), CancellationToken.None);
            next.Add(watch.Elapsed.TotalMilliseconds);
            total = await db.Notices.LongCountAsync(n => n.JurisdictionCode == "WZ");
        }

        return (first.Order().ElementAt(first.Count / 2), next.Order().ElementAt(next.Count / 2), total);
    }

    private static async Task<Guid> GuidAsync(string pg, string sql)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A Wanzhou user as the token would describe one.</summary>
    private sealed class Reader(UserRoles roles, Guid? department) : ICurrentUser
    {
        public CallerKind Kind => CallerKind.User;
        public bool IsAuthenticated => true;
        public Guid? UserId { get; } = Guid.CreateVersion7();
        public string? Name => "benchmark.reader";
        public IReadOnlyList<string> Jurisdictions => ["WZ"];
        public Guid? DepartmentId => department;
        public UserRoles Roles => roles;
        public IReadOnlyCollection<string> Scopes => ["ledger.read"];
        public bool SeesAllTasks => false;
    }

    private static ServiceProvider Services(string pg, bool reports, bool channels, DateTimeOffset start, out MovableClock clock)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Audit:SealKey"] = "benchmark-audit-seal-key-0123456789-abcdef",
            ["Database:ConnectionString"] = pg,
            // A job server (for the pass through Hangfire), with nothing on a schedule and the pumps off.
            ["Scheduler:Enabled"] = "true",
            ["Scheduler:InstanceId"] = "benchmark",
            ["Scheduler:PollSeconds"] = "0.5",
            ["Scheduler:Jobs:chase:Cron"] = "0 0 31 2 *",
            ["Scheduler:Jobs:bulletin:Enabled"] = "false",
            ["Scheduler:Jobs:retention:Enabled"] = "false",
            ["Scheduler:Jobs:outbox-sequencer:Enabled"] = "false",
            ["Scheduler:Jobs:webhook-dispatcher:Enabled"] = "false",
            ["Metrics:SampleSeconds"] = "3600",
            ["Chase:Reports:Enabled"] = reports ? "true" : "false",
            ["CrossRegion:DataDirectory"] = Path.GetTempPath(),
        };
        if (channels)
        {
            // Email planned (and held by the people's quiet hours: never sent here); robots post to a receiver on loopback.
            settings["Email:Host"] = "127.0.0.1";
            settings["Email:Port"] = "1";
            settings["Webhooks:AllowInsecureHttp"] = "true";
            settings["Webhooks:AllowedInternalTargets:0"] = "127.0.0.1";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        clock = new MovableClock(start);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddMetrics()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock);
        services.AddApplication();
        services.AddInfrastructure(configuration, AppContext.BaseDirectory);
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorOverride>().Actor ?? new SystemCaller("system:benchmark"));
        return services.BuildServiceProvider();
    }

    private static async Task ExecuteAsync(string pg, string sql)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string pg, string sql)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }

    /// <summary>Samples the process's working set every 50 ms while a pass runs.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peak;

        public MemorySampler()
        {
            _loop = Task.Run(async () =>
            {
                using var process = Process.GetCurrentProcess();
                while (!_stop.IsCancellationRequested)
                {
                    process.Refresh();
                    _peak = Math.Max(_peak, process.WorkingSet64);
                    try
                    {
                        await Task.Delay(50, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            });
        }

        public long Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return _peak;
        }

        public void Dispose() => _stop.Dispose();
    }
}
