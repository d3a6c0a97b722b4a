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

    [Fact]
    public async Task Owner_Should_SetAnItemsColumns_And_RecordItsStage_OnTheTaskPage()
    {
        // A copy of the project list under keys of this test's own (the shipped rows stay as the annex prints them).
        var api = await factory.ClientForAsync("wz.admin");
        var prefix = $"WZC{Random.Shared.Next(10000, 99999)}-";
        var csv = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Importing", "lists", "wz-2023-major-projects.csv"), Encoding.UTF8);
        var imported = await api.PostAsync(
            $"/api/v1/imports/tasks?programme=WZ2023&list_type=major_project&year=2023&commit=true&key_prefix={prefix}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(System.Net.HttpStatusCode.Created, imported.StatusCode);
        var key = prefix + "06";

        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.WaitForSelectorAsync("[data-testid=fields-form]");
        Assert.Contains("新开工", await page.InnerTextAsync("dd[data-field=construction_batch]"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("[data-testid=edit-link]"));

        // A number the column refuses is said under the field; a good one is saved.
        await page.FillAsync("[data-testid=fields-form] input[name=total_investment]", "五十");
        await page.ClickAsync("[data-testid=fields-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=fields-form] .console-field-error");
        await page.FillAsync("[data-testid=fields-form] input[name=total_investment]", "60.5");
        await page.ClickAsync("[data-testid=fields-form] button[type=submit]");
        await page.WaitForSelectorAsync("dd[data-field=total_investment]:has-text('60.5')");

        // The project moves on: the stage is dated, and the history lists it after the stage it was listed with.
        await page.SelectOptionAsync("[data-testid=stage-form] select[name=stage]", "continuing");
        await page.FillAsync("[data-testid=stage-form] input[name=on]", "2024-01-15");
        await page.ClickAsync("[data-testid=stage-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=stage-history] li:nth-child(2)");
        Assert.Contains("2024年1月15日", await page.InnerTextAsync("[data-testid=stage-history] li:nth-child(2)"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "92-list-item");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "list item");

        var task = await Json.ReadAsync(await api.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("continuing", task.GetProperty("stage").GetString());
        Assert.Equal(60.5m, task.GetProperty("list_item").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "total_investment").GetProperty("number").GetDecimal());

        // Dazhou's coordinator cannot open it at all; a joint task offers Wanzhou no edits.
        await ConsolePages.OpenAsync(page, "/tasks/WDK-2023-01");
        await page.WaitForSelectorAsync("[data-testid=history-link]");
        Assert.False(await page.IsVisibleAsync("[data-testid=edit-link]"));
        await ConsolePages.SignInAsync(page, "dz.admin");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.WaitForSelectorAsync("text=任务不存在");
    }
}
