using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// A coordinator signs a 催办单 in the browser, on a host of its own whose chase has run (the shared host's ledger has
/// no notices: its chase never runs). The joint office reads the same notice and is offered no signing.
/// </summary>
public sealed class ConsoleNoticeTests(ChaseFactory factory, ConsoleBrowser browser) : IClassFixture<ChaseFactory>, IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Coordinator_Should_SignANotice_WithTheReasonAndTheDateNowExpected()
    {
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.admin");

        // The inbox: unread first, marked.
        await ConsolePages.OpenAsync(page, "/notices");
        await page.WaitForSelectorAsync("[data-testid=notice] [data-testid=unread]");
        Assert.Equal(1, await page.Locator("[data-testid=notice] >> nth=0").Locator("[data-testid=unread]").CountAsync());

        await ConsolePages.OpenAsync(page, "/notices?acknowledged=false");
        await page.WaitForSelectorAsync("[data-testid=notice] .console-sign");
        await ConsoleBrowser.ScreenshotAsync(page, "20-notices-dz-admin");
        var notice = page.Locator("[data-testid=notice]").Filter(new() { Has = page.Locator(".console-sign") }).First;
        var number = await notice.Locator(".console-notice-number").InnerTextAsync();
        var taskLink = await notice.Locator("a[href^='tasks/']").GetAttributeAsync("href");

        // A date already past is refused by the rule, in the form; then the signing goes through.
        await notice.Locator(".console-sign").ClickAsync();
        await page.FillAsync("[data-testid=sign-form] textarea[name=reason]", "征地拆迁滞后，已协调加快进度");
        await page.FillAsync("[data-testid=sign-form] input[name=expected_on]", "2026-12-01");
        await page.ClickAsync(".console-sign-confirm");
        await page.WaitForSelectorAsync("[data-testid=sign-form] .console-alert");
        Assert.Equal("征地拆迁滞后，已协调加快进度", await page.InputValueAsync("[data-testid=sign-form] textarea[name=reason]"));
        await page.FillAsync("[data-testid=sign-form] input[name=expected_on]", "2027-03-31");
        await page.ClickAsync(".console-sign-confirm");
        await page.WaitForSelectorAsync($"[data-testid=notice]:has-text('{number}') .console-signed");
        await ConsoleBrowser.ScreenshotAsync(page, "21-notice-signed");

        var api = await factory.ClientForAsync("dz.admin");
        var signed = await Json.ReadAsync(await api.GetAsync("/api/v1/notifications?acknowledged=true&limit=100"));
        var item = signed.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("number").GetString() == number);
        Assert.Equal("征地拆迁滞后，已协调加快进度", item.GetProperty("acknowledgement").GetProperty("reason").GetString());
        Assert.Equal("2027-03-31", item.GetProperty("acknowledgement").GetProperty("expected_on").GetString());

        // The notice's task is one click away.
        await page.ClickAsync($"[data-testid=notice]:has-text('{number}') a[href='{taskLink}']");
        await page.WaitForSelectorAsync(".console-facts");

        // The joint office reads every notice and signs none.
        await using var officeContext = await browser.ContextAsync(site);
        var office = await officeContext.NewPageAsync();
        await ConsolePages.SignInAsync(office, "joint.office");
        await ConsolePages.OpenAsync(office, "/notices?acknowledged=false");
        await office.WaitForSelectorAsync("[data-testid=notice]");
        Assert.Equal(0, await office.Locator(".console-sign").CountAsync());
    }
}
