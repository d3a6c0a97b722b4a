using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>
/// The real API host (Kestrel on a loopback port, real HTTP pipeline, real migrations, real database) on the provider
/// of this run, in demo mode so the documented demo accounts exist. Kestrel, not the in-memory test server: request
/// limits, header handling and connection behaviour are the server's own.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ApiFactory() => UseKestrel(0);

    public const string AuditSealKey = "functional-tests-audit-seal-key-0123456789-abcdef";

    /// <summary>
    /// The business clock of every test host starts here (Friday 2026-11-20, 09:00 in Shanghai) and runs on, so no test
    /// depends on the day it is run; bearer tokens stay on the wall clock, as in production.
    /// </summary>
    public static readonly DateTimeOffset StartAt = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    public const string Audience = "crossregion-api";

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>What the host logged at Warning or above.</summary>
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        StartServer();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("CrossRegion:DemoMode", "true");
        builder.UseSetting("Clock:StartAt", StartAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Webhooks:AllowInsecureHttp", "true");

        // The tests' own receivers listen on 127.0.0.1: the operator allow-list, as a deployment with an internal
        // receiver would configure it. Every other internal address stays refused.
        builder.UseSetting("Webhooks:AllowedInternalTargets:0", "127.0.0.1");
        // One machine client with a small budget, for the per-client rate limit's test (every other keeps the default).
        builder.UseSetting("Clients:Limits:c.rate-limited", "5");
        builder.UseSetting("Webhooks:FirstRetrySeconds", "0.05");
        builder.UseSetting("Webhooks:MaxRetrySeconds", "0.2");
        builder.UseSetting("Webhooks:MaxAttempts", "4");
        builder.UseSetting("Webhooks:TimeoutSeconds", "2");
        builder.UseSetting("CrossRegion:DataDirectory", Database.Directory);
        builder.UseSetting("Audit:SealKey", AuditSealKey);
        builder.UseSetting("OpenId:Audience", Audience);
        builder.UseSetting("Auth:RequestsPerMinutePerAddress", "100000");
        builder.UseSetting("Auth:SessionCheckSeconds", "1");
        if (Database.Provider == "postgres")
        {
            // Server mode as an installation with a shared folder runs it; the embedded default keeps the bytes in SQLite.
            builder.UseSetting("Attachments:Store", "folder");
            builder.UseSetting("Attachments:Folder", Path.Combine(Database.Directory, "attachments"));
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IAttachmentScanner, SignatureScanner>());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        ConfigureHost(builder);
    }

    /// <summary>What a derived fixture changes about the host (its clock, the scheduler).</summary>
    protected virtual void ConfigureHost(IWebHostBuilder builder)
    {
    }

    /// <summary>Today in Asia/Shanghai on the host's business clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(
        Services.GetRequiredService<TimeProvider>().GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    /// <summary>Runs code against the database directly, as the system (which sees every task and task-owned row).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("tests");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(db);
    }

    /// <summary>An HTTP client holding a machine client's token (client-credentials grant).</summary>
    public async Task<HttpClient> MachineClientAsync(string clientId, string secret)
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
            }),
        };
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.access_token);
        return client;
    }

    /// <summary>A password sign-in as it answers (<paramref name="otp"/>: the two-factor code, when the person has one).</summary>
    public Task<HttpResponseMessage> LoginAsync(string userName, string password, string? otp = null) =>
        CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = userName, password, otp });

    public async Task<HttpClient> ClientForAsync(string userName, string password = "Demo#2023") =>
        (await SignInAsync(userName, password)).Client;

    /// <summary>A client signed in as the person, and the token pair it holds.</summary>
    public async Task<(HttpClient Client, TokenBody Tokens)> SignInAsync(string userName, string password = "Demo#2023")
    {
        var client = CreateClient();
        var response = await LoginAsync(userName, password);
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.access_token);
        return (client, tokens);
    }

    /// <summary>Refreshes the client's tokens (what a client does to pick up a change of its person's state).</summary>
    public async Task<TokenBody> RefreshAsync(HttpClient client, TokenBody tokens)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(tokens);
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { tokens.refresh_token });
        response.EnsureSuccessStatusCode();
        var fresh = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh.access_token);
        return fresh;
    }
}
