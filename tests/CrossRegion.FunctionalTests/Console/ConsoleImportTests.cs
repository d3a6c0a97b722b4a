using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The joint office imports an annex table in the console: the preview shows each row with its cities' units matched
/// or not and its errors in place, nothing is written until the file is right and the import committed, and the
/// result links to the tasks created.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleImportTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_PreviewTheAnnex_ThenCommitIt_AndFollowTheLinksToTheTasks()
    {
        var prefix = $"WDK-C{Random.Shared.Next(100000, 999999)}-";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/tasks/import");
        await page.FillAsync("input[name=key_prefix]", prefix);

        // A unit nobody knows: the row says so, the import cannot be committed, nothing is written.
        await page.SetInputFilesAsync("[data-testid=import-file]", Csv("万州区交通局\n开州区不存在局"));
        await page.ClickAsync("[data-testid=import-check]");
        await page.WaitForSelectorAsync("[data-testid=import-row].console-row-error");
        Assert.True(await page.IsDisabledAsync("[data-testid=import-commit]"));
        Assert.Contains("责任单位", await page.InnerTextAsync("[data-testid=import-row].console-row-error"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "70-import-preview-errors");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "import preview");
        var office = await factory.ClientForAsync("joint.office");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/tasks/{prefix}01")).StatusCode);

        // The corrected file: every city's units matched and named; committed; the keys link to the new tasks.
        await page.SetInputFilesAsync("[data-testid=import-file]", Csv("万州区交通局\n开州区交通局"));

        // The page has taken the new file when the old check's rows are gone and the check is offered again (a click
        // before that would check the old file: the circuit reads the new one asynchronously).
        await page.Locator("[data-testid=import-row]").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.WaitForSelectorAsync("[data-testid=import-check]:not([disabled])");
        await page.ClickAsync("[data-testid=import-check]");
        await page.WaitForSelectorAsync("[data-testid=import-commit]:not([disabled])");
        Assert.Contains("开州区", await page.InnerTextAsync("[data-testid=import-rows]"), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=import-commit]");
        await page.WaitForSelectorAsync("[data-testid=created-task]");
        await ConsoleBrowser.ScreenshotAsync(page, "71-import-committed");
        Assert.Equal([$"{prefix}01", $"{prefix}02"], await page.Locator("[data-testid=created-task]").AllInnerTextsAsync());
        await page.ClickAsync($"[data-testid=created-task]:has-text('{prefix}02')");
        await page.WaitForURLAsync($"**/tasks/{prefix}02", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync(".console-facts");
        Assert.Contains("万开达直线高速", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    private static FilePayload Csv(string highwayUnits) => new()
    {
        Name = "annex.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes($"""
            序号,项目名称,建设时限,主要内容,2026年目标任务,责任单位,备注
            二,共构基础设施网络,,,,,
            1,广巴达万铁路扩能改造,2026—2027年,组织启动项目可行性研究等前期工作。,推动项目可行性研究等前期工作。,"万州区发展改革委、区交通局
            达州市发展改革委、市交通运输局",
            2,万开达直线高速,2026—2027年,新建万州至开州南雅高速公路50.8公里。,完成土建大临设施。,"{highwayUnits}",
            """),
    };
}
