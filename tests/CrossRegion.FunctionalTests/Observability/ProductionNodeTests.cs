using System.Net;
using System.Text.Json;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Observability;

/// <summary>
/// A node in Production, as an operator runs it (its own process, behind a TLS proxy, metrics on a management port):
/// every line it writes is compact JSON; each request is one line with its route template, status and the trace id
/// its problem answer carries; a caller's 4xx is not an error; a password sent to the token server appears nowhere.
/// The management port serves /metrics without a token and nothing but the probes besides; the main port no /metrics.
/// </summary>
public sealed class ProductionNodeTests
{
    private const string Password = "Never-Logged#Secret-2026";

    [PostgresFact]
    public async Task Node_Should_LogCompactJson_OneLinePerRequest_WithTheTraceId_AndServeMetricsOnTheManagementPort()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logs = Directory.CreateTempSubdirectory("crossregion-logs-").FullName;
        var settings = ApiNode.ServerSettings(
            database,
            ("Metrics:Port", ApiNode.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Metrics:Host", "127.0.0.1"));
        string text;
        string traceId;
        await using (var node = ApiNode.Start("production", settings, logs, environment: "Production"))
        {
            await node.WaitReadyAsync(TimeSpan.FromSeconds(120));
            using var client = node.BehindProxy();
            var missing = await client.GetAsync(new Uri("/api/v1/tasks/WDK-2023-01", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            traceId = (await Json.ReadAsync(missing)).GetProperty("traceId").GetString()!;
            using var signIn = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = "nobody", ["password"] = Password });
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/connect/token", UriKind.Relative), signIn)).StatusCode);

            using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{settings["Metrics:Port"]}") };
            var scraped = await management.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
            Assert.Contains("crossregion_outbox_lag_seconds", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await management.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await management.GetAsync(new Uri("/api/v1/jurisdictions", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);

            // The request line is written when the response has gone: wait for it.
            for (var attempt = 0; attempt < 40 && !(text = Read(node.LogFile)).Contains("/connect/token", StringComparison.Ordinal); attempt++)
            {
                await Task.Delay(250);
            }

            text = Read(node.LogFile);
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@m", out _)));

        var request = Assert.Single(events, e => e.TryGetProperty("RouteTemplate", out var route) && route.GetString() == "/api/v1/tasks/{key}");
        Assert.Equal(401, request.GetProperty("StatusCode").GetInt32());
        Assert.Equal(traceId, request.GetProperty("@tr").GetString());
        Assert.False(request.TryGetProperty("@l", out _), "A caller's 401 is information, not a warning or an error.");
        Assert.StartsWith("HTTP GET /api/v1/tasks/{key} responded 401 in ", request.GetProperty("@m").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.TryGetProperty("@m", out var m) && m.GetString()!.StartsWith("Request starting", StringComparison.Ordinal));
        Directory.Delete(logs, recursive: true);
    }

    private static string Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
