using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrossRegion.Benchmarks;

/// <summary>Closed-loop load: <c>concurrency</c> clients each send the next request as soon as the last one answers.</summary>
internal sealed class LoadRunner(Uri api, int concurrency)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 })
    {
        BaseAddress = api,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task LoginAsync(string user, string password)
    {
        var response = await _http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
    }

    /// <summary>Drives the paths unmeasured until the JIT has tiered the hot code up, as in a long-running service.</summary>
    public Task WarmUpAsync(Func<int, string> path, TimeSpan duration) => DriveAsync(path, duration, record: null);

    public async Task<LoadResult> RunAsync(string name, Func<int, string> path, TimeSpan duration)
    {
        var samples = new List<double>[concurrency];
        var watch = Stopwatch.StartNew();
        var errors = await DriveAsync(path, duration, samples);
        var elapsed = watch.Elapsed;
        var all = samples.SelectMany(s => s).Order().ToArray();
        return new LoadResult(name, concurrency, all.Length, errors, all.Length / elapsed.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
    }

    private async Task<int> DriveAsync(Func<int, string> path, TimeSpan duration, List<double>[]? record)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var latencies = new List<double>(4096);
            if (record is not null)
            {
                record[worker] = latencies;
            }

            var random = new Random(worker);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await _http.GetAsync(path(random.Next()), HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                latencies.Add(elapsed);
            }
        });
        await Task.WhenAll(workers);
        return errors;
    }

    /// <summary>The p-th percentile of sorted latencies (nearest rank); 0 for none.</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
