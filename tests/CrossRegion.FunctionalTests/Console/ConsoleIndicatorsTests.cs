using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 指标监测 in the console: Kaizhou's coordinator reads its five-year table as the plan prints it, reports an actual
/// (a refused one said under its field) and sees it judged; the four areas' totals; Wanzhou sees nothing of Kaizhou's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleIndicatorsTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Owner_Should_ReadItsTable_AndReportAnActual_JudgedAtOnce()
    {
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, "/indicators?programme=KZPLAN&year=2025");

        // 专栏2 in its printed order: 26 rows, 8 binding; a target left empty in the table shows a dash.
        Assert.Equal(26, await page.Locator("[data-testid=indicators] tbody tr").CountAsync());
        Assert.Contains("共 26 项（约束性 8 项）", await page.InnerTextAsync("[data-testid=indicator-summary]"), StringComparison.Ordinal);
        Assert.Equal("1", (await page.InnerTextAsync("[data-testid=indicators] tbody tr:first-child td")).Trim());
        Assert.Contains("重庆下达", await page.InnerTextAsync("tr[data-code='KZPLAN-03']"), StringComparison.Ordinal);
        Assert.Contains("2.1:1", await page.InnerTextAsync("tr[data-code='KZPLAN-16']"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "95-indicators-kaizhou");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "indicators");

        // A figure is needed against a figure: words alone are refused under the field.
        var form = "[data-testid=indicator-report]";
        await page.SelectOptionAsync($"{form} select[name=indicator]", "KZPLAN-05");
        await page.FillAsync($"{form} input[name=text]", "良好");
        await page.ClickAsync($"{form} button[type=submit]");
        await page.WaitForSelectorAsync($"{form} .console-field-error");
        Assert.Contains("须报送数值", await page.InnerTextAsync($"{form} .console-field-error"), StringComparison.Ordinal);

        // 空气质量优良天数比率 93 in 2025: 94.1 meets it.
        await page.SelectOptionAsync($"{form} select[name=indicator]", "KZPLAN-04");
        await page.FillAsync($"{form} input[name=text]", string.Empty);
        await page.FillAsync($"{form} input[name=value]", "94.1");
        await page.ClickAsync($"{form} button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=indicator-reported]");
        await page.WaitForSelectorAsync("tr[data-code='KZPLAN-04'] [data-attainment=met]");
        Assert.Contains("94.1", await page.InnerTextAsync("tr[data-code='KZPLAN-04'] [data-testid=actual]"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "96-indicator-reported");

        // The four areas' 2027 targets: 14 totals of the cities.
        await ConsolePages.OpenAsync(page, "/indicators?programme=WDKY&year=2027");
        Assert.Equal(14, await page.Locator("[data-testid=indicators] tbody tr").CountAsync());
        Assert.Contains("各地合计", await page.InnerTextAsync("tr[data-code='WDKY-01']"), StringComparison.Ordinal);

        // Wanzhou's coordinator has no Kaizhou table, and asking for it shows its own.
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/indicators?programme=KZPLAN&year=2025");
        Assert.DoesNotContain("开州区", await page.InnerTextAsync("[data-testid=indicator-tables]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-code^='KZPLAN-']").CountAsync());
    }
}
