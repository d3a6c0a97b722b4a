using System.Net;
using System.Text.RegularExpressions;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>The console's sign-in over plain HTTP: what the cookie opens, and what it never opens.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ConsoleSessionTests(ApiFactory factory)
{
    [Fact]
    public async Task ConsoleCookie_Should_NeverAuthenticateTheApi()
    {
        var (browser, _) = await SignedInAsync(factory.CreateClient().BaseAddress!, "dz.admin");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/api/v1/admin/jobs/chase/run", null)).StatusCode);
    }

    [Fact]
    public async Task SignIn_Should_RefuseAWrongPassword_AndAForeignReturnAddress()
    {
        var site = factory.CreateClient().BaseAddress!;
        var (browser, _) = await AnonymousAsync(site);

        var wrong = await PostLoginAsync(browser, "dz.admin", "not-the-password", "/tasks");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码错误", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var foreign = await PostLoginAsync(browser, "dz.admin", ConsolePages.Password, "https://evil.example/");
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.Equal(site.Authority, Target(foreign).Authority);
        Assert.Equal("/", Target(foreign).AbsolutePath);
    }

    [Fact]
    public async Task DisabledPerson_Should_LoseTheConsole_WithinTheSessionCheck()
    {
        var user = await factory.CreateUserAsync(Domain.Identity.UserRoles.CityCoordinator, "KZ", null);
        var (browser, _) = await SignedInAsync(factory.CreateClient().BaseAddress!, user, "Test#Password1");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/tasks")).StatusCode);

        await factory.WithDbAsync(db => db.UserAccounts.Where(u => u.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        await Sessions.EventuallyAsync(async () => (await browser.GetAsync("/tasks")).StatusCode == HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Cookie_Should_OpenTheConsoleOnAnotherNode_WithTheKeysInTheDatabase()
    {
        var (browser, cookies) = await SignedInAsync(factory.CreateClient().BaseAddress!, "wz.admin");
        Assert.True(await factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));

        await using var other = new OtherNode(factory.Database);
        var second = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tasks");
        request.Headers.Add("Cookie", cookies.GetCookieHeader(browser.BaseAddress!));
        var page = await second.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"task-link\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(HttpClient Browser, CookieContainer Cookies)> SignedInAsync(Uri site, string user, string password = ConsolePages.Password)
    {
        var (browser, cookies) = await AnonymousAsync(site);
        var response = await PostLoginAsync(browser, user, password, "/tasks");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tasks", Target(response).PathAndQuery);
        return (browser, cookies);
    }

    private static Task<(HttpClient, CookieContainer)> AnonymousAsync(Uri site)
    {
        var cookies = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = site };
        return Task.FromResult((browser, cookies));
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string user, string password, string returnUrl)
    {
        var form = await browser.GetStringAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = Antiforgery().Match(form).Groups["token"].Value;
        return await browser.PostAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Username"] = user,
            ["Input.Password"] = password,
        }));
    }

    private static Uri Target(HttpResponseMessage redirect) =>
        new(redirect.RequestMessage!.RequestUri!, redirect.Headers.Location ?? throw new InvalidOperationException("Not a redirect."));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Antiforgery();

    // A second node of the same installation: the same database and audit key, its own process state (and data folder).
    private sealed class OtherNode(TestDatabase database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("Database:ConnectionString", database.ConnectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Scheduler:Enabled", "false");
            builder.UseSetting("CrossRegion:DemoMode", "true");
            builder.UseSetting("CrossRegion:DataDirectory", Directory.CreateTempSubdirectory("crossregion-node-").FullName);
            builder.UseSetting("Audit:SealKey", ApiFactory.AuditSealKey);
            builder.UseSetting("OpenId:Audience", ApiFactory.Audience);
        }
    }
}
