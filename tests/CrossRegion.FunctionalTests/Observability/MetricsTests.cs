using System.Net;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Observability;

/// <summary>
/// /metrics as Prometheus scrapes it, on a host whose job server runs: the business series (the chase's counters, the
/// outbox lag and webhook gauges from start-up, the job store's queues) beside ASP.NET Core's and the runtime's, for a
/// system administrator's or a metrics.read client's token and nobody else's.
/// </summary>
public sealed class MetricsTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task Metrics_Should_ExportTheBusinessSeries_ToThoseAllowedToScrape()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var admin = await factory.ClientForAsync("sys.admin");

        // The gauges are there before anything changed them.
        var first = await ScrapeAsync(admin, "crossregion_outbox_lag_seconds");
        Assert.Contains("crossregion_webhook_backlog", first, StringComparison.Ordinal);
        Assert.Contains("crossregion_webhook_dead", first, StringComparison.Ordinal);
        Assert.Contains("crossregion_scheduler_jobs{", first, StringComparison.Ordinal);

        // A chase issues notices: its counters follow, with the job's duration.
        var chase = await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        Assert.False(chase.Skipped);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/retention/run", null)).StatusCode);
        // The request duration histogram shows once a request has been measured and collected: wait for it too.
        var text = await ScrapeAsync(admin, "crossregion_job_runs_total", "http_server_request_duration_seconds_bucket{");
        Assert.Contains("crossregion_notices_issued_total{", text, StringComparison.Ordinal);
        Assert.Contains("crossregion_job_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", text, StringComparison.Ordinal);

        // A monitoring system's own client with metrics.read scrapes too; people other than system administrators,
        // other clients and anonymous callers do not.
        var (clientId, secret) = await factory.CreateClientAsync(["WZ"], ["metrics.read"]);
        Assert.Contains("crossregion_outbox_lag_seconds", await ScrapeAsync(await factory.MachineClientAsync(clientId, secret), "crossregion_outbox_lag_seconds"), StringComparison.Ordinal);
        var (readerId, readerSecret) = await factory.CreateClientAsync(["WZ"], ["ledger.read"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.MachineClientAsync(readerId, readerSecret)).GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync("joint.office")).GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    // A series appears once its instrument has a measurement (the job's counters after the run is recorded).
    private static async Task<string> ScrapeAsync(HttpClient client, params string[] series)
    {
        var text = string.Empty;
        // Up to a minute: the job's counters follow its run, which the job server picks up from the store's queue (on
        // PostgreSQL by polling), and a loaded machine (the whole suite beside it) can take most of that.
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            if (series.All(s => text.Contains(s, StringComparison.Ordinal)))
            {
                return text;
            }

            await Task.Delay(500);
        }

        throw new Xunit.Sdk.XunitException($"{string.Join(", ", series)} not in /metrics within 60 s:\n{text[..Math.Min(text.Length, 4000)]}");
    }
}
