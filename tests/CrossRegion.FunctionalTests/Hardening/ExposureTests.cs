using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>Response headers per surface, and what a Production deployment exposes by default.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExposureTests(ApiFactory factory)
{
    [Fact]
    public async Task Json_Should_CarryTheStrictPolicy_And_NoServerHeader()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/tasks");

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Null(Header(response, "Server"));
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task SwaggerUi_Should_GetAPolicyThatLetsItsOwnScriptsRun()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        var policy = Header(response, "Content-Security-Policy")!;
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlBulletin_Should_AllowItsInlineStylesOnly()
    {
        var office = await factory.ClientForAsync("joint.office");
        var created = await Json.ReadAsync(await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2025-Q1" }));

        var page = await office.GetAsync($"/api/v1/bulletins/{created.GetProperty("id").GetGuid()}?format=html");
        var json = await Json.ReadAsync(await office.GetAsync($"/api/v1/bulletins/{created.GetProperty("id").GetGuid()}"));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = Header(page, "Content-Security-Policy")!;
        Assert.Contains("style-src 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);

        // The audit chain's sealed head is published with every bulletin (ADR 0008).
        var checkpoint = json.GetProperty("content").GetProperty("audit_checkpoint");
        Assert.True(checkpoint.GetProperty("sequence").GetInt64() > 0);
        Assert.Equal(64, checkpoint.GetProperty("seal").GetString()!.Length);
        Assert.Contains(checkpoint.GetProperty("hash").GetString()!, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}

/// <summary>A Production host: Swagger UI off, the OpenAPI document for authenticated callers, HSTS when configured.</summary>
public sealed class ProductionExposureTests : IAsyncLifetime
{
    private readonly ProductionFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Production_Should_HideSwaggerUi_And_ServeTheDocumentToAuthenticatedCallersOnly()
    {
        var anonymous = _factory.CreateClient();
        var user = await _factory.CreateUserAsync(UserRoles.CityCoordinator, "DZ", null);
        var plain = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = "Test#Password1" });

        // Outside demo mode tokens travel over TLS only: here a TLS-terminating proxy on this machine says so.
        using var overTls = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = user, password = "Test#Password1" }) };
        overTls.Headers.Add("X-Forwarded-Proto", "https");
        var login = await (await anonymous.SendAsync(overTls)).Content.ReadFromJsonAsync<TokenBody>();
        var signedIn = _factory.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!.access_token);
        signedIn.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var swagger = await anonymous.GetAsync("/swagger/index.html");
        var documentAnonymously = await anonymous.GetAsync("/openapi/v1.json");
        var document = await signedIn.GetAsync("/openapi/v1.json");

        Assert.Equal("invalid_request", (await Json.ProblemAsync(plain, 400)).GetProperty("error").GetString());
        await Json.ProblemAsync(swagger, 404);
        await Json.ProblemAsync(documentAnonymously, 401);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", document.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Production_Should_RefuseDemoMode_Unless_Forced()
    {
        var demo = new ProductionFactory(demo: true);

        var refused = await Assert.ThrowsAnyAsync<Exception>(demo.InitializeAsync);

        Assert.Contains("CrossRegion:DemoMode", refused.ToString(), StringComparison.Ordinal);
        await demo.DisposeAsync();
    }

    private sealed class ProductionFactory(bool demo = false) : ApiFactory
    {
        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Clock:StartAt", string.Empty);
            builder.UseSetting("CrossRegion:DemoMode", demo ? "true" : "false");
            builder.UseSetting("Security:HstsMaxAgeDays", "365");
            builder.UseSetting("OpenId:SigningKeyFiles:0", TestKeys.OpenIdSigningKeyFile);
            builder.UseSetting("OpenId:EncryptionKey", TestKeys.OpenIdEncryptionKey);
        }
    }
}
