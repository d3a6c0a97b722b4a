using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace CrossRegion.Benchmarks;

/// <summary>
/// tests/benchmark.sh --mode evaluation: the joint office evaluates a year of the benchmark ledger over the API (the
/// year's scheme written first), as a person would: how long the draft takes to judge and store, then the ranking, a
/// city's detail and the workbook as readers get them. Target: the evaluation in under 60 s (docs/benchmarks.md).
/// </summary>
internal static class EvaluationBenchmark
{
    public static async Task<int> RunAsync(Args options)
    {
        var api = new Uri(options.Get("api", "http://127.0.0.1:5080"));
        var pg = options.Get("pg", "Host=127.0.0.1;Port=5432;Username=postgres;Database=crossregion_bench");
        var tasks = int.Parse(options.Get("tasks", "100000"), CultureInfo.InvariantCulture);
        var pairTasks = int.Parse(options.Get("pair-tasks", "50000"), CultureInfo.InvariantCulture);
        var year = int.Parse(options.Get("year", "2025"), CultureInfo.InvariantCulture);
        var generator = new LedgerGenerator(pg);
        if (options.Get("generate", "yes") == "yes")
        {
            Console.WriteLine($"Generating {tasks:N0} four-party tasks and {pairTasks:N0} two-party tasks, 10 milestones each ...");
            await generator.GenerateAsync(tasks, pairTasks);
        }

        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(15) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = "joint.office", password = "Demo#2023" });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());

        var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        var scheme = new
        {
            milestones = new { weight = 50m, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["after_extension"] = 0.8m, ["late"] = 0.5m, ["overdue"] = 0 } },
            reports = new { weight = 20m, points = new Dictionary<string, decimal> { ["on_time"] = 1, ["late"] = 0.5m, ["missing"] = 0 } },
            notices = new { weight = 10m, points = new Dictionary<string, decimal> { ["signed"] = 1, ["unsigned"] = 0 } },
            indicators = new { weight = 20m, points = new Dictionary<string, decimal> { ["met"] = 1, ["not_met"] = 0.3m, ["not_reported"] = 0 } },
            list_weights = new Dictionary<string, decimal> { ["joint_key_task"] = 1.5m },
            bonus_cap = 5m,
            deduction_cap = 10m,
            allow_negative = false,
        };
        (await http.PutAsJsonAsync($"/api/v1/evaluation-schemes/{year}", scheme, snake)).EnsureSuccessStatusCode();

        Console.WriteLine($"Evaluating {year} ...");
        var apiPid = int.Parse(options.Get("api-pid", "0"), CultureInfo.InvariantCulture);
        var before = Resident(apiPid);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Resident(apiPid));
                await Task.Delay(100);
            }
        });
        var started = Stopwatch.GetTimestamp();
        var response = await http.PostAsJsonAsync("/api/v1/evaluations", new { year, as_of = $"{year}-12-31", appeals_until = "2100-01-01" }, snake);
        var evaluate = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var items = await CountAsync(pg, id!);

        var ranking = await TimeAsync(http, $"/api/v1/evaluations/{id}", 5);
        var detail = await TimeAsync(http, $"/api/v1/evaluations/{id}/jurisdictions/DZ", 3);
        var workbook = await TimeAsync(http, $"/api/v1/evaluations/{id}?format=xlsx", 1);

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Ledger: {tasks + pairTasks:N0} tasks ({tasks:N0} four-party, {pairTasks:N0} WZ+KZ), 10 milestones each; the {year} evaluation judges {items:N0} items (each party's part of a milestone due that year).")
            .AppendLine()
            .AppendLine("| step | runs | median s | max s |")
            .AppendLine("|---|---|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| `POST /api/v1/evaluations` (judge, score, store the draft) | 1 | {evaluate:F1} | {evaluate:F1} |")
            .AppendLine(Row("`GET /api/v1/evaluations/{id}` (ranking of cities and units)", ranking))
            .AppendLine(Row("`GET …/jurisdictions/DZ` (Dazhou's detail, item by item)", detail))
            .AppendLine(Row("`GET /api/v1/evaluations/{id}?format=xlsx` (the joint office's workbook, every item)", workbook))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"API node resident memory: {before / 1048576d:F0} MiB before the evaluation, {peak / 1048576d:F0} MiB at its peak, {Resident(apiPid) / 1048576d:F0} MiB after the reads.");
        Console.WriteLine(report);
        if (options.TryGet("report", out var file))
        {
            await File.WriteAllTextAsync(file, report.ToString());
        }

        var met = evaluate < 60;
        Console.WriteLine(met ? "TARGET MET: the evaluation in under 60 s." : "TARGET MISSED: the evaluation took 60 s or more.");
        return met ? 0 : 1;
    }

    // VmRSS of the API node, in bytes (0 when the node's process id was not given).
    private static long Resident(int pid) =>
        pid == 0 ? 0 : long.Parse(
            File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) * 1024;

    private static async Task<double[]> TimeAsync(HttpClient http, string path, int runs)
    {
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        Array.Sort(samples);
        return samples;
    }

    private static string Row(string name, double[] sorted) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted.Length} | {sorted[sorted.Length / 2]:F2} | {sorted[^1]:F2} |");

    private static async Task<long> CountAsync(string pg, string id)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"EvaluationItems\" WHERE \"RunId\" = @id", connection);
        command.Parameters.AddWithValue("id", Guid.Parse(id));
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
