using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The joint office generates the quarter's 季通报 in the console, reads it with its charts, prints it on A4 landscape
/// and downloads the PDF and the workbook; a wrong period is refused under the field.
/// </summary>
public sealed class ConsoleBulletinTests(ChaseFactory factory, ConsoleBrowser browser) : IClassFixture<ChaseFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_GenerateReadPrintAndDownloadTheBulletin()
    {
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 31));
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/bulletins");

        await page.FillAsync("[data-testid=generate-form] input[name=period]", "2026-Q5");
        await page.ClickAsync("[data-testid=generate-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=generate-form] .console-field-error");

        await page.FillAsync("[data-testid=generate-form] input[name=period]", "2026-Q4");
        await page.ClickAsync("[data-testid=generate-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=bulletin] [data-testid=chart-cities] svg");
        await page.WaitForSelectorAsync("[data-testid=chart-programmes] svg");
        Assert.Contains("北京时间", await page.InnerTextAsync("[data-testid=bulletin-meta]"), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("[data-testid=cities] tbody tr").CountAsync());
        Assert.Equal(16, await page.Locator("[data-testid=units] thead th").CountAsync());
        Assert.True(await page.Locator("[data-testid=overdue] tbody tr").CountAsync() >= 2);
        await ConsoleBrowser.ScreenshotAsync(page, "40-bulletin");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "bulletin");

        // Printed: A4 landscape, the menu left off, every column on the sheet.
        var printed = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        await ConsoleBrowser.SaveAsync("41-bulletin-print-preview.pdf", printed);
        using (var preview = PdfDocument.Open(printed))
        {
            var first = preview.GetPage(1);
            Assert.Equal((842, 595), ((int)Math.Round(first.Width), (int)Math.Round(first.Height)));
            var text = string.Concat(preview.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
            Assert.Contains("已签收", text, StringComparison.Ordinal);
            Assert.DoesNotContain("动态台账", text, StringComparison.Ordinal);
            Assert.All(preview.GetPages().SelectMany(p => p.Letters), l => Assert.True(l.BoundingBox.Right <= 842, "a column runs off the sheet"));
        }

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=bulletin-pdf]"));
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=bulletin-xlsx]"));
        Assert.EndsWith(".xlsx", xlsx.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityCoordinator_Should_GenerateTheirCitysOwnBulletin_WithItsOwnLists()
    {
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/bulletins");

        // A city coordinator generates their city's own bulletin (the joint one is the joint office's).
        Assert.Contains("万州区", await page.InnerTextAsync("[data-testid=generate]"), StringComparison.Ordinal);
        await page.FillAsync("[data-testid=generate-form] input[name=period]", "2023");
        await page.ClickAsync("[data-testid=generate-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=bulletin] [data-testid=chart-cities] svg");
        Assert.Equal("万州区重点任务推进情况通报（2023）", await page.InnerTextAsync("[data-testid=bulletin-title]"));
        Assert.Equal(1, await page.Locator("[data-testid=cities] tbody tr").CountAsync());

        // Its milestones due take in the 186 items of its own 2023 lists, each with its year-end milestone.
        var bulletin = await Json.ReadAsync(await (await factory.ClientForAsync("wz.admin")).GetAsync($"/api/v1/bulletins/{page.Url.Split('/')[^1]}"));
        var due = bulletin.GetProperty("content").GetProperty("jurisdictions")[0].GetProperty("score").GetProperty("milestones_due").GetInt32();
        Assert.True(due >= 186, $"{due} milestones due");
        Assert.Contains(due.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InnerTextAsync("[data-testid=cities] tbody tr"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "42-bulletin-city");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "city bulletin");
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=bulletin-pdf]"));
        Assert.Equal("季通报-WZ-2023-第1版.pdf", pdf.SuggestedFilename);

        // Listed beside the joint bulletins for Wanzhou; not listed for Dazhou.
        var address = page.Url;
        await ConsolePages.OpenAsync(page, "/bulletins");
        Assert.Contains("万州区（本市）", await page.InnerTextAsync("[data-testid=bulletins]"), StringComparison.Ordinal);
        await ConsolePages.SignInAsync(page, "dz.admin");
        await ConsolePages.OpenAsync(page, "/bulletins");
        await page.WaitForSelectorAsync("[data-testid=generate]");
        Assert.DoesNotContain("万州区（本市）", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        await page.GotoAsync(address);
        await page.WaitForSelectorAsync("text=通报不存在");
    }
}
