using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CrossRegion.Application;
using CrossRegion.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrossRegion.Benchmarks;

/// <summary>
/// The console on the benchmark ledger (tests/benchmark.sh --mode console, docs/benchmarks.md): one person's server
/// render of the ledger page (first 50 rows) and of task pages, as full HTML over HTTP with the console's cookie; then
/// N signed-in circuits held open at once in headless Chromium, with the API node's resident memory before and after.
/// </summary>
internal static partial class ConsoleBenchmark
{
    // Demo accounts of the four cities and the joint office: the circuits are spread over them as people would be.
    private static readonly string[] People = ["dz.transport", "dz.admin", "wz.transport", "wz.admin", "kz.transport", "kz.admin", "yy.admin", "joint.office"];

    public static async Task<int> RunAsync(Args options)
    {
        var site = new Uri(options.Get("api", "http://127.0.0.1:5080"));
        var pg = options.Get("pg", "Host=127.0.0.1;Port=5432;Username=postgres;Database=crossregion_bench");
        var tasks = int.Parse(options.Get("tasks", "100000"), CultureInfo.InvariantCulture);
        var pairTasks = int.Parse(options.Get("pair-tasks", "50000"), CultureInfo.InvariantCulture);
        var requests = int.Parse(options.Get("requests", "300"), CultureInfo.InvariantCulture);
        var circuits = int.Parse(options.Get("circuits", "200"), CultureInfo.InvariantCulture);
        var apiPid = int.Parse(options.Get("api-pid", "0"), CultureInfo.InvariantCulture);

        var generator = new LedgerGenerator(pg);
        if (options.Get("generate", "yes") == "yes")
        {
            Console.WriteLine($"Generating {tasks:N0} four-party tasks and {pairTasks:N0} two-party tasks, 10 milestones each ...");
            await generator.GenerateAsync(tasks, pairTasks);
        }
        else
        {
            await generator.LoadKeysAsync();
        }

        var keys = generator.DazhouVisibleKeys;
        using var person = await SignInAsync(site, "dz.transport");
        var random = new Random(7);
        Console.WriteLine("Warming up the console's pages ...");
        await MeasureAsync(person, _ => "/tasks", requests / 3);
        await MeasureAsync(person, _ => $"/tasks/{keys[random.Next(keys.Count)]}", requests / 3);
        var ledger = await MeasureAsync(person, _ => "/tasks", requests);
        var taskPage = await MeasureAsync(person, _ => $"/tasks/{keys[random.Next(keys.Count)]}", requests);

        // The leaders' dashboard: the page as readers get it (the four-city figures kept by the node, refreshed in the
        // background once a minute, plus the reader's own list of the most overdue joint items through the visibility
        // filter), and the computation of the figures itself (grouped queries over the whole ledger), timed apart.
        using var leader = await SignInAsync(site, "dz.leader");
        await MeasureAsync(leader, _ => "/dashboard", 3);
        var dashboard = await MeasureAsync(leader, _ => "/dashboard", Math.Max(20, requests / 3));
        var figures = await DashboardFiguresAsync(pg);

        var (before, after, opened, openSeconds, underLoad) = await HoldCircuitsAsync(site, circuits, keys, apiPid, person);

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Ledger: {tasks + pairTasks:N0} tasks ({tasks:N0} four-party, {pairTasks:N0} WZ+KZ), 10 milestones each. One person (dz.transport, the console's cookie), requests one after another over HTTP/1.1 on loopback; the time is the full HTML response of the server render (prerender with the page's queries).")
            .AppendLine()
            .AppendLine("| page | requests | p50 ms | p95 ms | p99 ms | max ms |")
            .AppendLine("|---|---|---|---|---|---|")
            .AppendLine(Row("ledger `/tasks` (first 50 rows)", ledger))
            .AppendLine(Row("task page `/tasks/{key}`", taskPage))
            .AppendLine(Row("dashboard `/dashboard` (dz.leader)", dashboard))
            .AppendLine(Row("dashboard figures computed (`DashboardAggregates`, once a minute per node)", figures))
            .AppendLine(Row($"task page `/tasks/{{key}}` with {opened} circuits open", underLoad))
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Circuits: {opened} of {circuits} task pages interactive at once in headless Chromium ({People.Length} people, each page its own circuit), opened in {openSeconds:F1} s.")
            .AppendLine(CultureInfo.InvariantCulture, $"API node resident memory: {before / 1024d / 1024:F0} MiB before, {after / 1024d / 1024:F0} MiB with the circuits open: {(after - before) / 1024d / Math.Max(1, opened):F0} KiB per circuit.");
        Console.WriteLine(report);
        if (options.TryGet("report", out var file))
        {
            await File.WriteAllTextAsync(file, report.ToString());
        }

        var met = LoadRunner.Percentile(ledger, 0.95) < 150 && LoadRunner.Percentile(taskPage, 0.95) < 150 && opened == circuits
            && LoadRunner.Percentile(dashboard, 0.95) < 1000;
        Console.WriteLine(met ? "TARGET MET: p95 < 150 ms for the ledger and task pages, < 1 s for the dashboard, every circuit open." : "TARGET MISSED.");
        return met ? 0 : 1;
    }

    // The dashboard's four-city figures computed by the application's own code against the benchmark database.
    private static async Task<double[]> DashboardFiguresAsync(string pg)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Audit:SealKey"] = "benchmark-audit-seal-key-0123456789-abcdef",
            ["Database:ConnectionString"] = pg,
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, Path.GetTempPath())
            .AddScoped<Application.Common.Interfaces.ICurrentUser, QueryPlans.DazhouOfficer>()
            .BuildServiceProvider();
        var today = Application.Common.Time.ShanghaiClock.Today(TimeProvider.System);
        var samples = new double[5];
        for (var i = -1; i < samples.Length; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            await scope.ServiceProvider.GetRequiredService<Application.Dashboard.GetDashboard.DashboardAggregates>().ComputeAsync(today, null, CancellationToken.None);
            if (i >= 0)
            {
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Array.Sort(samples);
        return samples;
    }

    private static string Row(string name, double[] sorted) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {sorted.Length} | {LoadRunner.Percentile(sorted, 0.50):F1} | {LoadRunner.Percentile(sorted, 0.95):F1} | {LoadRunner.Percentile(sorted, 0.99):F1} | {(sorted.Length == 0 ? 0 : sorted[^1]):F1} |");

    // The console's sign-in form, as a browser posts it: its antiforgery token and cookie, then the console's cookie.
    private static async Task<HttpClient> SignInAsync(Uri site, string user)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = site };
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var posted = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Username"] = user, ["Input.Password"] = "Demo#2023",
        }));
        posted.EnsureSuccessStatusCode();
        var home = await http.GetStringAsync("/");
        return home.Contains("signed-in-as", StringComparison.Ordinal) ? http : throw new InvalidOperationException($"{user} could not sign in to the console.");
    }

    private static async Task<double[]> MeasureAsync(HttpClient http, Func<int, string> path, int count)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path(i), HttpCompletionOption.ResponseContentRead);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
        }

        Array.Sort(samples);
        return samples;
    }

    private static async Task<(long Before, long After, int Opened, double Seconds, double[] UnderLoad)> HoldCircuitsAsync(
        Uri site, int circuits, List<string> keys, int apiPid, HttpClient person)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CROSSREGION_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--renderer-process-limit=8", "--disable-dev-shm-usage"],
        });
        var contexts = new List<IBrowserContext>();
        foreach (var user in People)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString(), Locale = "zh-CN" });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await page.FillAsync("#username", user);
            await page.FillAsync("#password", "Demo#2023");
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("[data-testid=signed-in-as]");
            await page.CloseAsync();
            contexts.Add(context);
        }

        await Task.Delay(2000);
        var before = Resident(apiPid);
        var watch = Stopwatch.StartNew();
        var opened = 0;
        var pages = new List<IPage>();
        for (var i = 0; i < circuits; i++)
        {
            // Dazhou's visible keys are every city's but Dazhou's pairs: good for Dazhou and the joint office; the
            // others open their ledger, which every one of them sees.
            var context = contexts[i % contexts.Count];
            var user = People[i % People.Length];
            var page = await context.NewPageAsync();
            await page.GotoAsync(user.StartsWith("dz.", StringComparison.Ordinal) || user == "joint.office" ? $"/tasks/{keys[i % keys.Count]}" : "/tasks");
            await page.WaitForSelectorAsync("main[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 120_000 });
            pages.Add(page);
            opened++;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await Task.Delay(5000);
        var after = Resident(apiPid);
        var random = new Random(11);
        var underLoad = await MeasureAsync(person, _ => $"/tasks/{keys[random.Next(keys.Count)]}", 100);
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        return (before, after, opened, seconds, underLoad);
    }

    // VmRSS of the API node, in bytes (0 when the node's process id was not given).
    private static long Resident(int pid)
    {
        if (pid == 0)
        {
            return 0;
        }

        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
