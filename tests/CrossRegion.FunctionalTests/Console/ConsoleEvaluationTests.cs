using System.Net.Http.Json;
using Microsoft.Playwright;
using UglyToad.PdfPig;
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
        (await api.PutAsJsonAsync("/api/v1/evaluation-schemes/2023", SchemeTests.Scheme(), Json.Snake)).EnsureSuccessStatusCode();

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

        // The print page, as filed: the ranking, the units, the appeal and its answer; A4 portrait when printed.
        var id = address[(address.IndexOf("id=", StringComparison.Ordinal) + 3)..].Split('&')[0];
        await page.GotoAsync($"/evaluations/{id}/print");
        await page.WaitForSelectorAsync("[data-testid=evaluation-sheet]");
        Assert.Equal(4, await page.Locator("[data-testid=print-ranking] tbody tr").CountAsync());
        Assert.True(await page.Locator("[data-testid=print-units] tbody tr").CountAsync() > 0);
        var appeals = await page.InnerTextAsync("[data-testid=print-appeals]");
        Assert.Contains("维持申诉", appeals, StringComparison.Ordinal);
        Assert.Contains("延期已批准", appeals, StringComparison.Ordinal);
        Assert.Contains("草稿", await page.InnerTextAsync(".gongwen-number"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "99-evaluation-print");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "evaluation print page");
        var printed = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        await ConsoleBrowser.SaveAsync("99-evaluation-print.pdf", printed);
        using (var pdf = PdfDocument.Open(printed))
        {
            Assert.Equal((595, 842), ((int)Math.Round(pdf.GetPage(1).Width), (int)Math.Round(pdf.GetPage(1).Height)));
            var text = string.Concat(Enumerable.Range(1, pdf.NumberOfPages).SelectMany(n => pdf.GetPage(n).Letters.Select(l => l.Value)));
            Assert.Contains("绩效考核评价结果", text, StringComparison.Ordinal);
            Assert.DoesNotContain("下载", text, StringComparison.Ordinal);
        }

        // Kaizhou's print has the ranking and its own (empty) appeals, not Dazhou's.
        await ConsolePages.SignInAsync(page, "kz.admin");
        await page.GotoAsync($"/evaluations/{id}/print");
        await page.WaitForSelectorAsync("[data-testid=print-ranking]");
        Assert.Equal(0, await page.Locator("[data-testid=print-appeals]").CountAsync());
        Assert.DoesNotContain("延期已批准", await page.InnerTextAsync("[data-testid=evaluation-sheet]"), StringComparison.Ordinal);
    }
}
