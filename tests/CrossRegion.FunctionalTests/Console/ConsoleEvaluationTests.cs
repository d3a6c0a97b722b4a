using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Evaluations;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 年度评估 in the console: the joint office evaluates 2023; Dazhou's coordinator reads the ranking and its own detail
/// (Wanzhou's is not offered) and appeals an item; the joint office upholds it and the item shows what it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleEvaluationTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_Evaluate_AndACity_Appeal_AnItemOfItsOwnDetail()
    {
        var api = await factory.ClientForAsync("joint.office");
        (await api.PutAsJsonAsync("/api/v1/evaluations/schemes/2023", SchemeTests.Scheme(), Json.Snake)).EnsureSuccessStatusCode();

        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/evaluations");
        await page.FillAsync("[data-testid=evaluation-start] input[name=year]", "2023");
        await page.ClickAsync("[data-testid=evaluation-start] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=ranking] tr[data-city=DZ]");
        Assert.Equal(4, await page.Locator("[data-testid=ranking] tbody tr").CountAsync());
        Assert.Contains("2023年度绩效考核评价", await page.InnerTextAsync("[data-testid=evaluation-title]"), StringComparison.Ordinal);
        var address = page.Url;

        // Dazhou: the ranking, its own detail, no link to Wanzhou's; an appeal on an overdue item.
        await ConsolePages.SignInAsync(page, "dz.admin");
        await ConsolePages.OpenAsync(page, address.Replace(factory.CreateClient().BaseAddress!.ToString(), "/", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=detail] tbody tr");
        Assert.Contains("达州", await page.InnerTextAsync("[data-testid=detail-title]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=ranking] tr[data-city=WZ] a").CountAsync());
        await ConsoleBrowser.ScreenshotAsync(page, "97-evaluation-city");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "evaluation");

        var row = page.Locator("[data-testid=detail] tbody tr", new() { HasText = "逾期未完成" }).First;
        var item = await row.GetAttributeAsync("data-item");
        await row.Locator("[data-testid=appeal]").ClickAsync();
        await page.ClickAsync("[data-testid=appeal-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=appeal-form] .console-field-error");
        await page.FillAsync("[data-testid=appeal-form] textarea[name=reason]", "延期已获联办批准（联办函〔2023〕12号）。");
        await page.ClickAsync("[data-testid=appeal-form] button[type=submit]");
        await page.WaitForSelectorAsync($"tr[data-item='{item}'] [data-testid=appeal-status]:has-text('待答复')");

        // The joint office upholds it: the item takes the outcome given and shows what the ledger said.
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, address.Replace(factory.CreateClient().BaseAddress!.ToString(), "/", StringComparison.Ordinal) + "&city=DZ");
        await page.ClickAsync($"tr[data-item='{item}'] [data-testid=uphold]");
        await page.SelectOptionAsync("[data-testid=answer-form] select[name=outcome]", "after_extension");
        await page.FillAsync("[data-testid=answer-form] textarea[name=answer]", "延期已批准，按延期后按期计。");
        await page.ClickAsync("[data-testid=answer-form] button[type=submit]");
        await page.WaitForSelectorAsync($"tr[data-item='{item}'] [data-testid=appeal-status]:has-text('已维持')");
        Assert.Contains("原 逾期未完成", await page.InnerTextAsync($"tr[data-item='{item}']"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "98-evaluation-answered");
    }
}
