using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Inbound;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// Work handed down from above reaches the joint office's console as a decision like a city's proposal, labelled
/// 上级下达, and is accepted from the task's page; its sender then reads it accepted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleInboundTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private Uri Site => factory.CreateClient().BaseAddress!;

    [Fact]
    public async Task JointOffice_Should_SeeAndAcceptWorkHandedDown_InTheConsole()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["assignments.write"]);
        var province = await factory.MachineClientAsync(clientId, secret);
        var body = InboundAssignmentTests.Body("SC-UI-" + Guid.NewGuid().ToString("N")[..6], "川渝毗邻地区一体化发展示范区建设方案编制");
        var key = (await Json.ReadAsync(await province.PostAsJsonAsync("/api/v1/inbound/assignments", body))).GetProperty("task_key").GetString()!;

        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/");
        Assert.Contains("上级下达", await page.InnerTextAsync("[data-testid=decisions]"), StringComparison.Ordinal);
        Assert.Contains("承接四川省发展和改革委员会下达任务", await page.InnerTextAsync("[data-testid=decisions]"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "120-home-assignment");

        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        Assert.Contains("承接四川省发展和改革委员会下达任务", await page.InnerTextAsync(".console-facts"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "121-task-assignment");
        await page.ClickAsync("[data-testid=status-actions] [data-action=accept]");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=status-actions] [data-action=accept]", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        Assert.Contains("推进中", await page.InnerTextAsync(".console-facts"), StringComparison.Ordinal);

        var followed = await Json.ReadAsync(await province.GetAsync($"/api/v1/inbound/assignments/{body.external_id}"));
        Assert.Equal("accepted", followed.GetProperty("state").GetString());
    }
}
