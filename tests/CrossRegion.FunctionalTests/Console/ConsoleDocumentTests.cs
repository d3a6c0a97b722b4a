using CrossRegion.FunctionalTests.Chasing;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The joint office prints a 催办单 from the inbox: the print page in 公文 form, its print preview (Chromium printing
/// to PDF under the page's own @page rules) one A4 page, and the PDF download the server renders, one A4 page with
/// the 文号.
/// </summary>
public sealed class ConsoleDocumentTests(ChaseFactory factory, ConsoleBrowser browser) : IClassFixture<ChaseFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_PrintANotice_AndDownloadItsPdf_OneA4PageWithItsNumber()
    {
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/notices?acknowledged=false");
        var notice = page.Locator("[data-testid=notice]").Filter(new() { Has = page.Locator("[data-testid=notice-print]") }).First;
        var number = await notice.Locator(".console-notice-number").InnerTextAsync();

        await notice.Locator("[data-testid=notice-print]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=notice-sheet]");
        Assert.Equal(number, await page.InnerTextAsync("[data-testid=notice-number]"));
        Assert.Contains("催", await page.InnerTextAsync(".gongwen-title"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "30-notice-print");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "notice print page");

        // The print preview: what the browser prints is one A4 portrait page, toolbar left off.
        var printed = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        await ConsoleBrowser.SaveAsync("31-notice-print-preview.pdf", printed);
        AssertOneA4Page(printed, number);
        using (var preview = PdfDocument.Open(printed))
        {
            Assert.DoesNotContain("下载", string.Concat(preview.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
        }

        // The server's PDF, downloaded from the same page.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=notice-pdf]"));
        var path = Path.Combine(ConsoleBrowser.Screenshots, "32-notice-download.pdf");
        await download.SaveAsAsync(path);
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        AssertOneA4Page(await File.ReadAllBytesAsync(path), number);
    }

    [Fact]
    public async Task PrintPage_Should_BeTheConsoles404_ForANoticeThatIsNotThere()
    {
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        var response = await page.GotoAsync("/notices/987654321/print");
        Assert.Equal(404, response!.Status);
        Assert.Equal("页面不存在 · CrossRegion", await page.TitleAsync());
    }

    private static void AssertOneA4Page(byte[] pdf, string number)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.Contains(number, string.Concat(page.Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }
}
