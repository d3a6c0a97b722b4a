using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>What a person sees when things go wrong: a lost connection, an ended session, a page that is not there.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleResilienceTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private Uri Site => factory.CreateClient().BaseAddress!;

    [Fact]
    public async Task LostConnection_Should_ShowTheBanner_AndKeepWhatWasTyped()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        await using var context = await browser.ContextAsync(Site);

        // The page's sockets, so that the test can cut them as a dropped network would (offline emulation only stops
        // new connections; the reconnection attempts meet it).
        await context.AddInitScriptAsync("""
            (() => { const Native = window.WebSocket; window.__sockets = [];
              window.WebSocket = function (...args) { const s = new Native(...args); window.__sockets.push(s); return s; };
              window.WebSocket.prototype = Native.prototype; Object.assign(window.WebSocket, Native); })();
            """);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.FillAsync("[data-testid=comment-form] textarea", "断线前写下的评论：请达州段同步进度");

        await context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => window.__sockets.forEach(s => s.close())");
        await page.WaitForSelectorAsync("#components-reconnect-modal.components-reconnect-show, #components-reconnect-modal.components-reconnect-failed");
        Assert.Contains("正在重新连接", await page.InnerTextAsync("#components-reconnect-modal"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "30-reconnecting");

        await context.SetOfflineAsync(false);
        await page.WaitForSelectorAsync("#components-reconnect-modal", new() { State = WaitForSelectorState.Hidden, Timeout = 60_000 });
        Assert.Equal("断线前写下的评论：请达州段同步进度", await page.InputValueAsync("[data-testid=comment-form] textarea"));
        await page.ClickAsync("[data-testid=comment-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=comments] >> text=断线前写下的评论");
    }

    [Fact]
    public async Task EndedSession_Should_ReturnToThePage_AfterSigningInAgain()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}?revisions=all");

        // The same sign-in ends elsewhere (signed out in another tab of the same browser).
        var other = await context.NewPageAsync();
        await ConsolePages.OpenAsync(other, "/");
        await other.ClickAsync(".console-logout button");
        await other.WaitForURLAsync("**/account/login?ended=true");

        await page.ReloadAsync();
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", "dz.transport");
        await page.FillAsync("#password", ConsolePages.Password);
        await page.ClickAsync("button[type=submit]");
        // The task's page itself is the proof (waiting on the address alone also waits for a load event that a page
        // already drawn by the time the wait begins may never fire again).
        await page.WaitForSelectorAsync(".console-facts");
        Assert.EndsWith($"/tasks/{key}?revisions=all", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Should_BeAPageInThePersonsLanguage_AndTheApiAProblem()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "yy.admin");

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("页面不存在", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "31-not-found");

        // An evidence link of a task the city is no party to: the same page, not the API's JSON.
        var attachment = await page.GotoAsync($"/tasks/WDK-2023-05/attachments/{Guid.NewGuid()}");
        Assert.Equal(404, attachment!.Status);
        Assert.StartsWith("text/html", attachment.Headers["content-type"], StringComparison.Ordinal);

        var api = factory.CreateClient();
        var problem = await api.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);
    }
}
