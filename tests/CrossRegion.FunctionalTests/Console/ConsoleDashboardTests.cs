using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// A city leader's dashboard (a host of its own, so that no other test moves its figures): the four cities side by
/// side on a wall screen, and legible on a laptop; a city's overdue count opens the ledger list behind it — every task for
/// the leader's own city, and for another city only the tasks the leader's city is a party to.
/// </summary>
public sealed class ConsoleDashboardTests(ChaseFactory factory, ConsoleBrowser browser) : IClassFixture<ChaseFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Leader_Should_SeeFourCities_AndClickAnOverdueCountThroughToItsList()
    {
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1080);
        await ConsolePages.SignInAsync(page, "dz.leader");
        await ConsolePages.OpenAsync(page, "/dashboard");
        await page.WaitForSelectorAsync("[data-testid=chart-trend] svg");
        await page.WaitForSelectorAsync("[data-testid=chart-overdue] svg");
        Assert.Equal(["WZ", "DZ", "KZ", "YY"], await page.Locator("[data-testid=city]").EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.city)"));

        // Four cities on one row of a wall screen; on a laptop no card too narrow to read; nothing runs off either screen.
        var tops = await page.Locator("[data-testid=city]").EvaluateAllAsync<double[]>("e => e.map(x => x.getBoundingClientRect().top)");
        Assert.Single(tops.Distinct());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.ScreenshotAsync(page, "50-dashboard-1920");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "dashboard");
        await page.SetViewportSizeAsync(1366, 768);
        var widths = await page.Locator("[data-testid=city]").EvaluateAllAsync<double[]>("e => e.map(x => x.getBoundingClientRect().width)");
        Assert.All(widths, w => Assert.True(w >= 240, $"a city's card is {w}px wide"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await ConsoleBrowser.ScreenshotAsync(page, "51-dashboard-laptop");

        // The longest-overdue joint items are only of tasks Dazhou is a party to.
        var api = await factory.ClientForAsync("dz.leader");
        var items = await page.Locator("[data-testid=most-overdue] a").AllInnerTextsAsync();
        Assert.NotEmpty(items);
        foreach (var key in items.Distinct())
        {
            Assert.Contains((await Json.ReadAsync(await api.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("parties").EnumerateArray(), p => p.GetProperty("jurisdiction").GetString() == "DZ");
        }

        // Dazhou's own overdue count opens exactly the tasks behind it.
        var dazhou = page.Locator("[data-testid=city][data-city=DZ] [data-testid=overdue-link]");
        var count = int.Parse(await dazhou.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        await dazhou.ClickAsync();
        await page.WaitForURLAsync("**/tasks?overdue_for=DZ", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("[data-testid=task-link]");
        Assert.Equal(count, await page.Locator("[data-testid=task-link]").CountAsync());

        // Wanzhou's count is of every Wanzhou task; the list behind it shows Dazhou's leader only those Dazhou is a party to.
        await ConsolePages.OpenAsync(page, "/dashboard");
        var wanzhou = int.Parse(await page.InnerTextAsync("[data-testid=city][data-city=WZ] [data-testid=overdue-link]"), System.Globalization.CultureInfo.InvariantCulture);
        await page.ClickAsync("[data-testid=city][data-city=WZ] [data-testid=overdue-link]");
        await page.WaitForURLAsync("**/tasks?overdue_for=WZ", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("[data-testid=task-link], .ant-empty");
        var shown = await page.Locator("[data-testid=task-link]").AllInnerTextsAsync();
        Assert.True(shown.Count <= wanzhou);
        foreach (var key in shown)
        {
            var task = await Json.ReadAsync(await api.GetAsync($"/api/v1/tasks/{key}"));
            Assert.Contains(task.GetProperty("parties").EnumerateArray(), p => p.GetProperty("jurisdiction").GetString() == "DZ");
        }
    }

    [Fact]
    public async Task CityUser_Should_SwitchToTheirCitysOwnDashboard_WithItsOwnLists()
    {
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1920, 1080);
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/dashboard");
        await page.ClickAsync("[data-testid=scope-own]");
        await page.WaitForURLAsync("**/dashboard?city=WZ", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("[data-testid=scope-own][aria-current=page]");
        await page.Locator("[data-testid=city][data-city=DZ]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.WaitForSelectorAsync("[data-testid=chart-trend] svg");

        // Wanzhou alone, its own programme among the programmes, and the list behind its overdue count takes in its own items.
        Assert.Equal(["WZ"], await page.Locator("[data-testid=city]").EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.city)"));
        Assert.Contains("万州区2023年五张清单", await page.InnerTextAsync("[data-testid=programmes]"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "52-dashboard-city");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "city dashboard");
        await page.ClickAsync("[data-testid=city][data-city=WZ] [data-testid=overdue-link]");
        await page.WaitForURLAsync("**/tasks?overdue_for=WZ&all_programmes=true", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("[data-testid=task-link]");
        Assert.Contains(await page.Locator("[data-testid=task-link]").AllInnerTextsAsync(), key => key.StartsWith("WZ2023-", StringComparison.Ordinal));
        Assert.True(await page.IsCheckedAsync("[data-testid=all-programmes]"));

        // Another city's people get no such switch, and the address alone does not open Wanzhou's.
        await ConsolePages.SignInAsync(page, "dz.leader");
        await ConsolePages.OpenAsync(page, "/dashboard");
        await page.WaitForSelectorAsync("[data-testid=dashboard-scope]");
        Assert.DoesNotContain("万州", await page.InnerTextAsync("[data-testid=dashboard-scope]"), StringComparison.Ordinal);
        await ConsolePages.OpenAsync(page, "/dashboard?city=WZ");
        await page.WaitForSelectorAsync("text=本市驾驶舱只对该市的用户开放");
    }
}
