using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>The console in a real browser against the real host: what each person sees, and never more.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleBrowserTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private Uri Site => factory.CreateClient().BaseAddress!;

    [Fact]
    public async Task Officer_Should_SignIn_SeeTheLedger_AndOpenATask()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tasks");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "01-login");
        await page.FillAsync("#username", "dz.transport");
        await page.FillAsync("#password", ConsolePages.Password);
        await page.ClickAsync("button[type=submit]");

        // Back on the page asked for, with the person's ledger.
        await page.WaitForSelectorAsync("[data-testid=task-link]");
        Assert.EndsWith("/tasks", page.Url, StringComparison.Ordinal);
        Assert.Equal("dz.transport", await page.InnerTextAsync("[data-testid=signed-in-as]"));
        await ConsoleBrowser.ScreenshotAsync(page, "02-ledger-dz-transport");
        var first = await page.InnerTextAsync("[data-testid=task-link] >> nth=0");

        await page.ClickAsync("[data-testid=task-link] >> nth=0");
        await page.WaitForURLAsync($"**/tasks/{first}");

        // The page loads its task after the navigation: wait for the task's facts, not any heading.
        await page.WaitForSelectorAsync(".console-facts");
        Assert.Contains("达州", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "03-task-dz-transport");

        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-testid=overdue-card]");
        await ConsoleBrowser.ScreenshotAsync(page, "04-home-dz-transport");
        await page.GotoAsync("/notices");
        await page.WaitForSelectorAsync("h1");
        await ConsoleBrowser.ScreenshotAsync(page, "05-notices-dz-transport");
    }

    [Fact]
    public async Task Console_Should_SpeakEnglish_When_ThePersonSwitches()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.transport");
        await page.WaitForSelectorAsync("main[data-interactive=true]");

        await page.ClickAsync("a.console-language");
        await page.WaitForSelectorAsync("text=My work");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GotoAsync("/tasks");
        await page.WaitForSelectorAsync("[data-testid=task-link]");
        Assert.Contains("Ledger", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "06-ledger-en");
    }

    [Theory]
    [InlineData("wz.admin")]
    [InlineData("dz.admin")]
    [InlineData("kz.admin")]
    [InlineData("yy.transport")]
    public async Task City_Should_NeverSeeATaskItIsNoPartyTo_InAnyPage(string user)
    {
        var api = await factory.ClientForAsync(user);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, user);

        // Crawl the ledger to its last page, the home page and the inbox; every task linked must be one the same person
        // may read through the API.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await page.GotoAsync("/tasks");
        while (true)
        {
            // The pager is drawn with the page's rows; the circuit takes over the prerendered rows as they are.
            await page.WaitForSelectorAsync(".console-pager");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            seen.UnionWith(await ConsolePages.TaskLinksAsync(page));
            var next = await page.QuerySelectorAsync("[data-testid=next-page]");
            if (next is null)
            {
                break;
            }

            await page.GotoAsync(await next.GetAttributeAsync("href") ?? throw new InvalidOperationException("A next link without an address."));
        }

        foreach (var (path, loaded) in new[] { ("/", "[data-testid=overdue-card]"), ("/notices", "[data-testid=notice], .ant-empty"), ("/notices?acknowledged=false", "[data-testid=notice], .ant-empty") })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync(loaded);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            seen.UnionWith(await ConsolePages.TaskLinksAsync(page));
        }

        Assert.NotEmpty(seen);
        foreach (var key in seen)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/tasks/{Uri.EscapeDataString(key)}")).StatusCode);
        }

        // A task of the ledger this person is no party to: not found, as for a key that does not exist.
        var hidden = await HiddenTaskAsync(api);
        await page.GotoAsync($"/tasks/{hidden}");
        await page.WaitForSelectorAsync(".ant-result");
        var text = await page.InnerTextAsync("main");
        Assert.Contains("任务不存在", text, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden + " ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_Should_EndTheSignIn_EvenForACopiedCookie()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "kz.transport");
        var cookies = await context.CookiesAsync();

        await page.ClickAsync(".console-logout button");
        await page.WaitForURLAsync("**/account/login?ended=true");

        // The cookie as it was before signing out, replayed in another browser: refused once the session check runs.
        await using var thief = await browser.ContextAsync(Site);
        await thief.AddCookiesAsync(cookies.Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var stolen = await thief.NewPageAsync();
        await Sessions.EventuallyAsync(async () =>
        {
            try
            {
                await stolen.GotoAsync("/tasks");
            }
            catch (PlaywrightException)
            {
                // The page was sent to the sign-in page while it loaded (the circuit's check): see where it ended.
            }

            await stolen.WaitForLoadStateAsync();
            return stolen.Url.Contains("/account/login", StringComparison.Ordinal);
        });
    }

    // The first task of the whole ledger (as the system administrator lists it) that this person cannot read.
    private async Task<string> HiddenTaskAsync(HttpClient api)
    {
        var admin = await factory.ClientForAsync("sys.admin");
        var all = await Json.ReadAsync(await admin.GetAsync("/api/v1/tasks?limit=200"));
        foreach (var item in all.GetProperty("items").EnumerateArray())
        {
            var key = item.GetProperty("key").GetString()!;
            if ((await api.GetAsync($"/api/v1/tasks/{Uri.EscapeDataString(key)}")).StatusCode == HttpStatusCode.NotFound)
            {
                return key;
            }
        }

        throw new InvalidOperationException("Every task is visible to this person: the test needs one that is not.");
    }
}
