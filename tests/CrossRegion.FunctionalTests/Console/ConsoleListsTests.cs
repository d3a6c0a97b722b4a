using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// A city's coordinator opens its yearly lists in the console: each list in its own printed layout, filtered by its
/// own columns through the address, exported in the same layout; a city that is not the owner sees no such list.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleListsTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Owner_Should_SeeEachListInItsLayout_FilterByItsColumns_AndExportIt()
    {
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/lists?programme=WZ2023&year=2023&type=major_project");
        await page.WaitForFunctionAsync("() => document.querySelectorAll(\"[data-testid=list] tr[data-key^='WZ2023-XM-']\").length === 35");

        // The project list's own columns, as the annex prints them, and its 35 shipped rows (tests may import more).
        var headers = await page.Locator("[data-testid=list] thead th").AllInnerTextsAsync();
        Assert.Equal(["序号", "项目名称", "建设批次", "建设年限", "建设内容及规模", "总投资(亿元)", "年度计划投资(亿元)", "2023年度建设目标", "牵头单位", "所属领域", "备注"], headers);
        Assert.Contains("渝万高铁", await page.InnerTextAsync("tr[data-key='WZ2023-XM-01']"), StringComparison.Ordinal);
        Assert.Contains("续建", await page.InnerTextAsync("tr[data-key='WZ2023-XM-01']"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "90-lists-projects");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "yearly list");

        // Filter by the batch and a range of the total investment: the address carries it.
        await page.SelectOptionAsync("select[name='field.construction_batch']", "continuing");
        await page.FillAsync("input[name='field.total_investment.gte']", "100");
        await page.ClickAsync("[data-testid=list-filters] button[type=submit]");
        await page.WaitForURLAsync("**field.total_investment.gte=100**", new() { WaitUntil = WaitUntilState.Commit });

        // The filtered page has drawn when the shipped rows are the two projects of 续建 with 总投资 ≥ 100 亿元.
        await page.WaitForFunctionAsync("() => document.querySelectorAll(\"[data-testid=list] tr[data-key^='WZ2023-XM-']\").length === 2");
        Assert.Equal(["WZ2023-XM-01", "WZ2023-XM-02"], (await page.Locator("[data-testid=list] tr[data-key^='WZ2023-XM-']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)")).Order());

        // The export is the same filter in the same layout, and the importer reads it back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=list-export-csv]"));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("序号,项目名称,建设批次", csv, StringComparison.Ordinal);
        Assert.Contains("渝万高铁", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("万州五桥机场", csv, StringComparison.Ordinal);

        // The platform list: its heading rows for the eight platform types and its child rows 4-1 … 5-2.
        await ConsolePages.OpenAsync(page, "/lists?programme=WZ2023&year=2023&type=major_platform");
        await page.WaitForSelectorAsync("tr[data-key='WZ2023-PT-04-01']");
        Assert.Equal(8, await page.Locator(".console-list-heading").CountAsync());
        Assert.Equal("4-1", (await page.InnerTextAsync("tr[data-key='WZ2023-PT-04-01'] td")).Trim());
        await ConsoleBrowser.ScreenshotAsync(page, "91-lists-platforms");

        // Dazhou's coordinator has no such list.
        var other = await context.Browser!.NewContextAsync(new() { BaseURL = factory.CreateClient().BaseAddress!.ToString(), Locale = "zh-CN" });
        var dazhou = await other.NewPageAsync();
        await ConsolePages.SignInAsync(dazhou, "dz.admin");
        await ConsolePages.OpenAsync(dazhou, "/lists?programme=WZ2023&year=2023&type=major_project");
        await dazhou.WaitForSelectorAsync("h1.console-title");
        await dazhou.WaitForSelectorAsync(".ant-empty, [data-testid=list-types]");
        Assert.DoesNotContain("渝万高铁", await dazhou.InnerTextAsync("main"), StringComparison.Ordinal);
        await other.CloseAsync();
    }
}
