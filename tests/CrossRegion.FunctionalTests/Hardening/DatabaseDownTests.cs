using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// A server-mode node whose PostgreSQL cannot be reached (nothing listens on its port): requests that need the
/// database get 503 with Retry-After and a code a client can act on, not a 500. Needs no running PostgreSQL, so it
/// runs in both passes.
/// </summary>
public sealed class DatabaseDownTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new DownFactory();

    [Fact]
    public async Task Requests_Should_Answer503WithRetryAfter_When_TheDatabaseIsUnreachable()
    {
        var client = _factory.CreateClient();

        // Outside demo mode the token server takes requests over TLS only (here: from a TLS-terminating proxy).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = "dz.transport", password = "Demo#2023" }) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);

        var problem = await Json.ProblemAsync(response, 503);
        Assert.Equal("database_unavailable", problem.GetProperty("code").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(503, (int)(await client.GetAsync("/health/ready")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class DownFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "postgres");
            builder.UseSetting("Database:ConnectionString", "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=2");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting("OpenId:Audience", ApiFactory.Audience);
            builder.UseSetting("OpenId:SigningKeyFiles:0", TestKeys.OpenIdSigningKeyFile);
            builder.UseSetting("OpenId:EncryptionKey", TestKeys.OpenIdEncryptionKey);
            builder.UseSetting("Audit:SealKey", ApiFactory.AuditSealKey);
        }
    }
}
