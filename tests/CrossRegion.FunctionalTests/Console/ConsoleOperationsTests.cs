using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The system administrator's operations page, on a host whose scheduler runs (parked schedules): the jobs with
/// pause and resume over the same use cases as the REST admin endpoints, the audit chain verified, a machine client
/// registered whose secret, shown once, then gets a token.
/// </summary>
public sealed class ConsoleOperationsTests(ChaseFactory factory, ConsoleBrowser browser) : IClassFixture<ChaseFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task SystemAdministrator_Should_PauseAndResumeAJob_VerifyTheAuditChain_AndRegisterAClient()
    {
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "sys.admin");
        await ConsolePages.OpenAsync(page, "/admin/system");
        await page.WaitForSelectorAsync("[data-testid=job][data-job=chase]");
        Assert.True(await page.Locator("[data-testid=job][data-job=bulletin]").CountAsync() == 1);

        await page.ClickAsync("[data-testid=job][data-job=retention] button:has-text('暂停')");
        await page.WaitForSelectorAsync("[data-testid=job][data-job=retention] button:has-text('恢复')");
        var api = await factory.ClientForAsync("sys.admin");
        var jobs = await Infrastructure.Json.ReadAsync(await api.GetAsync("/api/v1/admin/jobs"));
        Assert.Contains(jobs.EnumerateArray(), j => j.GetProperty("name").GetString() == "retention" && j.GetProperty("state").GetString()!.Equals("paused", StringComparison.OrdinalIgnoreCase));
        await page.ClickAsync("[data-testid=job][data-job=retention] button:has-text('恢复')");
        await page.WaitForSelectorAsync("[data-testid=job][data-job=retention] button:has-text('暂停')");

        await page.ClickAsync("[data-testid=verify-audit]");
        await page.WaitForSelectorAsync("[data-testid=audit-result].console-saved");
        Assert.Contains("完整", await page.InnerTextAsync("[data-testid=audit-result]"), StringComparison.Ordinal);
        // A provincial system registered here gets its secret once, and with it a token for Dazhou's ledger.
        var clientId = $"province.test{Random.Shared.Next(100000, 999999)}";
        await page.FillAsync("[data-testid=client-form] input[name=client_id]", clientId);
        await page.FillAsync("[data-testid=client-form] input[name=name]", "四川省平台（测试）");
        await page.CheckAsync("[data-testid=client-form] input[name=jurisdictions][value=DZ]");
        await page.ClickAsync("[data-testid=add-client]");
        await page.WaitForSelectorAsync("[data-testid=client-secret] code");
        var secret = await page.InnerTextAsync("[data-testid=client-secret] code");
        var token = await factory.CreateClient().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        Assert.Equal(System.Net.HttpStatusCode.OK, token.StatusCode);
        await ConsoleBrowser.ScreenshotAsync(page, "82-admin-operations");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "operations");
    }

    [Fact]
    public async Task JobsDashboard_Should_OpenFromTheSystemPage_ForTheSystemAdministratorOnly()
    {
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "sys.admin");
        await ConsolePages.OpenAsync(page, "/admin/system");
        await page.ClickAsync("[data-testid=jobs-dashboard]");

        // Hangfire's own pages, with the jobs this node's server runs: the recurring ones listed by name.
        await page.WaitForSelectorAsync("text=CrossRegion · 后台作业");
        await page.GotoAsync("/jobs/recurring");
        await page.WaitForSelectorAsync("td:has-text('chase')");
        Assert.True(await page.Locator("td:has-text('retention')").CountAsync() > 0);
        Assert.DoesNotContain("Host=", await page.ContentAsync(), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "83-jobs-dashboard");

        // Anyone else is sent to sign in (a joint-office clerk, and no one at all); the API's bearer tokens do not open it.
        await using var clerk = await browser.ContextAsync(site);
        var clerkPage = await clerk.NewPageAsync();
        await ConsolePages.SignInAsync(clerkPage, "joint.office");
        await clerkPage.GotoAsync("/jobs");
        Assert.Contains("/account/login", clerkPage.Url, StringComparison.Ordinal);
        // A new system administrator who has not enrolled two factors yet is sent to do that, not to the dashboard.
        var newcomer = await factory.CreateUserAsync(Domain.Identity.UserRoles.SystemAdministrator, null, null);
        await using var pending = await browser.ContextAsync(site);
        var pendingPage = await pending.NewPageAsync();
        await pendingPage.GotoAsync("/account/login");
        await pendingPage.FillAsync("#username", newcomer);
        await pendingPage.FillAsync("#password", "Test#Password1");
        await pendingPage.ClickAsync("button[type=submit]");
        await pendingPage.WaitForSelectorAsync("[data-testid=shared-key]");
        await pendingPage.GotoAsync("/jobs");
        Assert.Contains("/account/login", pendingPage.Url, StringComparison.Ordinal);

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site };
        var refused = await anonymous.GetAsync("/jobs");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        var bearer = await factory.ClientForAsync("sys.admin");
        var withToken = await bearer.GetAsync("/jobs");
        Assert.StartsWith("/account/login", withToken.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }
}
