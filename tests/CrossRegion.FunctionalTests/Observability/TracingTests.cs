using System.Diagnostics;
using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CrossRegion.FunctionalTests.Observability;

/// <summary>
/// Traces: a request's server span, its database spans under it, all with the trace id its problem answer gives;
/// and, with <c>OpenTelemetry:Otlp:Endpoint</c> set, the spans leave for the collector over OTLP.
/// </summary>
public sealed class TracingTests(TracingTests.TracedFactory factory) : IClassFixture<TracingTests.TracedFactory>
{
    [Fact]
    public async Task Request_Should_BeOneTrace_WithItsDatabaseSpans_UnderTheProblemsTraceId()
    {
        var clerk = await factory.ClientForAsync("joint.office");
        var missing = await clerk.GetAsync("/api/v1/tasks/WDK-2099-99");
        var traceId = (await Json.ProblemAsync(missing, 404)).GetProperty("traceId").GetString();

        Activity[] trace = [];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
            lock (factory.Spans)
            {
                trace = [.. factory.Spans.Where(s => s.TraceId.ToHexString() == traceId)];
            }

            if (trace.Any(s => s.Kind == ActivityKind.Server) && trace.Any(s => s.Kind == ActivityKind.Client))
            {
                break;
            }

            await Task.Delay(250);
        }

        var server = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/api/v1/tasks/{key}", server.GetTagItem("http.route"));
        Assert.Equal(404, server.GetTagItem("http.response.status_code"));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && (s.GetTagItem("db.system.name") ?? s.GetTagItem("db.system")) is not null);

        // The collector (a stand-in receiving OTLP over HTTP) gets them too.
        await factory.Collector.WaitForAsync("/v1/traces", TimeSpan.FromSeconds(30));
    }

    /// <summary>A host whose spans are also kept in memory, exporting over OTLP/HTTP to <see cref="Collector"/>.</summary>
    public sealed class TracedFactory : ApiFactory, IAsyncLifetime
    {
        public List<Activity> Spans { get; } = [];

        public OtlpCollector Collector { get; } = new();

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OpenTelemetry:Otlp:Endpoint", Collector.Address.ToString());
            builder.UseSetting("OpenTelemetry:Otlp:Protocol", "http");
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        }

        public new async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Collector.DisposeAsync();
        }
    }

    /// <summary>An HTTP endpoint that takes OTLP exports (protobuf bodies) and remembers which signals came.</summary>
    public sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<string> _received = [];

        public OtlpCollector()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapPost("/v1/{signal}", (string signal, HttpRequest request) =>
            {
                if (request.ContentType == "application/x-protobuf")
                {
                    lock (_received)
                    {
                        _received.Add("/v1/" + signal);
                    }
                }

                return Results.Ok();
            });
            _app.StartAsync().GetAwaiter().GetResult();
            Address = new Uri(_app.Urls.First());
        }

        public Uri Address { get; }

        public async Task WaitForAsync(string path, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until)
            {
                lock (_received)
                {
                    if (_received.Contains(path))
                    {
                        return;
                    }
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"No OTLP export to {path} within {timeout}.");
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
