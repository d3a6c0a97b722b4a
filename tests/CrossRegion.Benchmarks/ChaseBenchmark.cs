using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossRegion.Application.Chasing;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        var report = new StringBuilder();

        await using var services = Services(pg, reports, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)), out var clock);
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
        var results = new List<(string Name, ChaseResult Result, TimeSpan Took)>();
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
            results.Add((name, result, pass.Elapsed));
        }

        var first = results[0];
        // The ledger (tests/data/chase-ledger.sql) owes every task's two parties three months of reports.
        var expected = overdue + (reports ? tasks * 2L * 3 : 0);
        var met = first.Result.Notices == expected && first.Took < TimeSpan.FromSeconds(60)
            && results[1].Result is { Reminders: 0, Notices: 0, Escalations: 0 } && results[1].Took < TimeSpan.FromSeconds(5);
        report.AppendLine().AppendLine(met
            ? "TARGET MET: first pass < 60 s issuing one notice per overdue obligation; second pass < 5 s issuing nothing."
            : "TARGET MISSED.");
        Console.WriteLine(report);
        if (options.TryGet("report", out var file))
        {
            await File.WriteAllTextAsync(file, report.ToString());
        }

        return met ? 0 : 1;
    }

    private static ServiceProvider Services(string pg, bool reports, DateTimeOffset start, out MovableClock clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = pg,
            ["Scheduler:Enabled"] = "false",
            ["Chase:Reports:Enabled"] = reports ? "true" : "false",
            ["CrossRegion:DataDirectory"] = Path.GetTempPath(),
        }).Build();
        clock = new MovableClock(start);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddMetrics()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock);
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
