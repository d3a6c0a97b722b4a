using CrossRegion.FunctionalTests.Infrastructure;
using Deque.AxeCore.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>Every console page, checked by axe-core in the browser: no serious or critical violation.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleAccessibilityTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task EveryPage_Should_HaveNoSeriousOrCriticalViolation(string language)
    {
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!, language);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        var problems = new List<string>();
        await CheckAsync(page, "login", problems);

        await ConsolePages.SignInAsync(page, "dz.admin");
        foreach (var path in new[] { "/", "/tasks", "/tasks?light=red", "/tasks/WDK-2023-05", "/tasks/WDK-2023-05/history", "/tasks/NO-SUCH-TASK", "/notices", "/notices?acknowledged=false", "/bulletins", "/dashboard", "/tasks/new", "/tasks/import", "/tasks/WDK-2023-05/edit", "/me/notifications", "/no-such-page" })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync("h1, .ant-result");

            // The circuit re-renders the page's head once it starts: check the settled page.
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            // Polled through the protocol's title, not a page-side predicate: Playwright evaluates a string expression
            // with eval, which the console's Content-Security-Policy refuses now and then while the page settles.
            for (var i = 0; i < 100 && (await page.TitleAsync()).Length == 0; i++)
            {
                await Task.Delay(50);
            }

            await CheckAsync(page, path, problems);
        }

        // The task page with its forms open: the monthly report and a sign-off, as a coordinator of a party sees them.
        await ConsolePages.OpenAsync(page, "/tasks/WDK-2023-05");
        await page.ClickAsync("[data-testid=report-button]");
        await page.ClickAsync("[data-testid=milestone-actions] button >> nth=0");
        await page.WaitForSelectorAsync("[data-testid=report-form]");
        await page.ClickAsync("[data-testid=report-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=report-form] .console-field-error");
        await CheckAsync(page, "task forms", problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>One page as it stands: no serious or critical violation.</summary>
    internal static async Task AssertCleanAsync(Microsoft.Playwright.IPage page, string where)
    {
        var problems = new List<string>();
        await CheckAsync(page, where, problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    internal static async Task CheckAsync(Microsoft.Playwright.IPage page, string where, List<string> problems)
    {
        var result = await page.RunAxe();
        problems.AddRange(result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }
}
