using System.Net;
using System.Text;
using CrossRegion.FunctionalTests.Attachments;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.FunctionalTests.Tasks;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>An officer's daily work on a task's page, in a real browser: report, sign off with evidence, and the refusals.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleTaskFlowTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private Uri Site => factory.CreateClient().BaseAddress!;

    [Fact]
    public async Task Officer_Should_Report_And_SignOffWithAnAttachment_ThatOnlyPartiesCanDownload()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(
            factory, withKaizhou: false, targets: [new TargetBody(2024, "完成投资 5 亿元", [new MeasureBody("完成投资", "Investment", "at_least", 5m, "亿元", null, null)])]);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.WaitForSelectorAsync("[data-testid=report-button]");

        // 月调度: an empty narrative is refused field by field, by the API's own validator; then it goes in.
        await page.ClickAsync("[data-testid=report-button]");
        await page.ClickAsync("[data-testid=report-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=report-form] .console-field-error");
        Assert.Contains("narrative", await page.GetAttributeAsync("[data-testid=report-form] textarea[aria-invalid=true]", "name") ?? string.Empty, StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "10-report-refused");
        await page.FillAsync("[data-testid=report-form] textarea[name=narrative]", "万州段路基完成 80%，桥梁桩基全部完成。");
        await page.FillAsync("[data-testid=report-form] input[name=progress_percent]", "80");
        await page.FillAsync("[data-testid=report-form] input[name=value-0]", "32000");
        await page.FillAsync("[data-testid=report-form] input[name=unit-0]", "万元");
        await page.ClickAsync("[data-testid=report-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=reports] >> text=桥梁桩基全部完成");
        Assert.Contains("32000 万元", await page.InnerTextAsync("[data-testid=reports]"), StringComparison.Ordinal);

        // 会签 with a refused file first: nothing is signed, the person is told why.
        await SignOffAsync(page, wanzhouOnly, "验收材料见附件", new FilePayload { Name = "验收报告.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("<html>not a pdf</html>") });
        await page.WaitForSelectorAsync("[data-testid=sign-off-form] .console-alert");
        Assert.Contains("只接受", await page.InnerTextAsync("[data-testid=sign-off-form] .console-alert"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=sign-off]").CountAsync());
        await ConsoleBrowser.ScreenshotAsync(page, "11-sign-off-refused-file");

        var pdf = EvidenceFiles.Pdf("万州段交工验收报告");
        await page.SetInputFilesAsync("[data-testid=evidence-files]", new FilePayload { Name = "万州段交工验收报告.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.ClickAsync("[data-testid=sign-off-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=done]");
        Assert.Contains("验收材料见附件", await page.InnerTextAsync("[data-testid=sign-off]"), StringComparison.Ordinal);
        var link = await page.GetAttributeAsync("[data-testid=attachment] a", "href") ?? throw new InvalidOperationException("No attachment link.");
        await ConsoleBrowser.ScreenshotAsync(page, "12-task-after-sign-off");

        // The file comes back as it went in, to this person and to Dazhou's; Kaizhou, no party, gets a 404.
        var mine = await context.APIRequest.GetAsync(link);
        Assert.Equal(pdf, await mine.BodyAsync());
        Assert.Equal(200, (await DownloadAsAsync("dz.transport", link)).Status);
        Assert.Equal(404, (await DownloadAsAsync("kz.admin", link)).Status);
    }

    [Fact]
    public async Task SignOff_Should_ShowWhatChanged_And_KeepTheText_When_AnotherPartySignedMeanwhile()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "wz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.WaitForSelectorAsync("[data-testid=milestone-actions]");
        await OpenSignOffAsync(page, joint);
        await page.FillAsync("[data-testid=sign-off-form] textarea[name=text]", "万州段已贯通，见交工验收证书");

        // Dazhou signs the same milestone through the API while the form is open.
        var dazhou = await factory.ClientForAsync("dz.transport");
        (await dazhou.PostAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", System.Net.Http.Json.JsonContent.Create(new { evidence = "达州段已贯通" }))).EnsureSuccessStatusCode();

        await page.ClickAsync("[data-testid=sign-off-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=stale]");
        Assert.Contains("达州", await page.InnerTextAsync("[data-testid=stale]"), StringComparison.Ordinal);
        Assert.Equal("万州段已贯通，见交工验收证书", await page.InputValueAsync("[data-testid=sign-off-form] textarea[name=text]"));
        await ConsoleBrowser.ScreenshotAsync(page, "13-sign-off-stale");

        await page.ClickAsync("[data-testid=sign-off-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=done]");
        Assert.Equal(2, await page.Locator("[data-testid=sign-off]").CountAsync());
    }

    [Fact]
    public async Task TaskPage_Should_OfferOnlyWhatThePersonMayDo()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        await using var context = await browser.ContextAsync(Site);

        // Dazhou's officer: signs the joint milestone, not Wanzhou's own; reports; comments; keeps notes.
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.WaitForSelectorAsync("[data-testid=milestone-actions]");
        Assert.Equal(1, await page.Locator($"[data-milestone='{joint}'] [data-testid=milestone-actions]").CountAsync());
        Assert.Equal(0, await page.Locator($"[data-milestone='{wanzhouOnly}'] [data-testid=milestone-actions]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-testid=report-button]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-testid=note-form]").CountAsync());

        // The observer reads; no button, no form.
        await using var observerContext = await browser.ContextAsync(Site);
        var observer = await observerContext.NewPageAsync();
        await ConsolePages.SignInAsync(observer, "province.observer");
        await ConsolePages.OpenAsync(observer, $"/tasks/{key}");
        await observer.WaitForSelectorAsync(".console-facts");
        await observer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await observer.Locator("[data-testid=milestone-actions], [data-testid=report-button], [data-testid=comment-form], [data-testid=note-form]").CountAsync());
    }

    [Fact]
    public async Task JointOffice_Should_ExportTheLedger_AndReimportTheCsvAsADryRun()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/tasks");
        await page.WaitForSelectorAsync("[data-testid=export-csv]");
        await ConsoleBrowser.ScreenshotAsync(page, "14-ledger-export-joint-office");

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var xlsxDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-xlsx]"));
        Assert.Equal("crossregion-ledger.csv", csvDownload.SuggestedFilename);
        Assert.Equal("crossregion-ledger.xlsx", xlsxDownload.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await csvDownload.PathAsync());
        Assert.StartsWith("序号,项目名称", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("PK", await File.ReadAllTextAsync(await xlsxDownload.PathAsync()), StringComparison.Ordinal);

        // The CSV the person downloaded goes back through the import as a dry run: every row valid.
        var office = await factory.ClientForAsync("joint.office");
        var dryRun = await office.PostAsync("/api/v1/imports/tasks?key_prefix=RE-2026-", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = await Json.ReadAsync(dryRun);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        Assert.Equal(0, report.GetProperty("invalid").GetInt32());
        Assert.True(report.GetProperty("valid").GetInt32() > 0);
    }

    [Fact]
    public async Task JointOffice_Should_DecideAnExtension_WaiveASignOff_AndCloseOut()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        (await wanzhou.PostAsync($"/api/v1/tasks/{key}/milestones/{joint}/extensions", System.Net.Http.Json.JsonContent.Create(new { due_date = "2027-06-30", reason = "征地延误" }))).EnsureSuccessStatusCode();
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");

        // The request beside its baseline; approved: the due date moves, the baseline stays.
        Assert.Contains("2027年6月30日", await page.InnerTextAsync("[data-testid=pending-extensions]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=status-actions] [data-action=close]").CountAsync());
        await ConsoleBrowser.ScreenshotAsync(page, "17-joint-office-decides");
        await page.ClickAsync("[data-testid=pending-extensions] [data-action=approve]");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=done]");
        Assert.Contains("2027年6月30日", await page.InnerTextAsync($"[data-milestone='{joint}']"), StringComparison.Ordinal);
        Assert.Contains("原定", await page.InnerTextAsync($"[data-milestone='{joint}']"), StringComparison.Ordinal);

        // Wanzhou signs both; Dazhou's part of the joint milestone is waived, a reason required.
        foreach (var milestone in new[] { wanzhouOnly, joint })
        {
            (await wanzhou.PostAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", System.Net.Http.Json.JsonContent.Create(new { evidence = "验收报告" }))).EnsureSuccessStatusCode();
        }

        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.ClickAsync($"[data-milestone='{joint}'] [data-testid=waive-actions] button");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=decision-form] .console-field-error");
        await page.FillAsync("[data-testid=decision-form] textarea[name=reason]", "达州段已调整出项目范围");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=done]");

        // Every milestone done: 销号.
        await page.ClickAsync("[data-testid=status-actions] [data-action=close]");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=status-actions] [data-action=reopen]");
        Assert.Contains("已销号", await page.InnerTextAsync(".console-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_Should_FilterByEveryFilterOfTheApi_AndShowTheColumnsChosen()
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/tasks");

        // An empty form is no filter (every field goes in the address, empty ones empty).
        await page.ClickAsync("form.console-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

        // Until the circuit takes the page over, what is chosen in the prerendered form would be drawn over.
        await page.WaitForSelectorAsync("main[data-interactive=true]");

        await page.SelectOptionAsync("select[name=programme]", "WDK");
        await page.SelectOptionAsync("select[name=jurisdiction]", "DZ");
        await page.SelectOptionAsync("select[name=role]", "responsible");
        await page.FillAsync("input[name=year]", "2023");
        await page.ClickAsync("form.console-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("role=responsible", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

        // The same filter through the API: the same tasks, once the page has drawn them.
        var api = await factory.ClientForAsync("joint.office");
        var listed = await Json.ReadAsync(await api.GetAsync("/api/v1/tasks?programme=WDK&jurisdiction=DZ&role=responsible&year=2023&limit=50"));
        var expected = listed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()!).ToList();
        Assert.NotEmpty(expected);
        await page.WaitForFunctionAsync("n => document.querySelectorAll('[data-testid=task-link]').length === n", expected.Count);
        Assert.Equal(expected, await ConsolePages.TaskLinksAsync(page));

        // Columns: 领域 shown, 下一节点 hidden, and the choice stays in the address with the filter.
        await page.ClickAsync("[data-testid=columns] summary");
        await page.ClickAsync("[data-testid=columns] a[data-column=category]");
        await page.WaitForSelectorAsync("th[data-column=category]");
        await page.Locator("[data-testid=columns]").EvaluateAsync("details => details.open = true");
        await page.ClickAsync("[data-testid=columns] a[data-column=next_due]");
        await page.WaitForURLAsync(url => !url.Contains("next_due", StringComparison.Ordinal) && url.Contains("cols=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("th[data-column=category]");

        // The page draws the new columns after the address changes: wait for the hidden one to go.
        await page.WaitForSelectorAsync("th[data-column=next_due]", new() { State = WaitForSelectorState.Detached });
        Assert.Equal(0, await page.Locator("th[data-column=next_due]").CountAsync());
        Assert.Contains("role=responsible", page.Url, StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "16-ledger-filtered-columns");
    }

    [Theory]
    [InlineData("dz.transport", "owed-card")]
    [InlineData("dz.admin", "units")]
    [InlineData("joint.office", "overdue-by-city")]
    [InlineData("province.observer", "workbench-scope")]
    public async Task Home_Should_ShowEachPersonTheirWork(string user, string section)
    {
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, user);

        await ConsolePages.OpenAsync(page, "/");
        await page.WaitForSelectorAsync($"[data-testid={section}]");
        await ConsoleBrowser.ScreenshotAsync(page, $"15-home-{user}");

        // Every line of the work leads to a task the person may open.
        var links = await ConsolePages.TaskLinksAsync(page);
        Assert.NotEmpty(links);
        var api = await factory.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/tasks/{Uri.EscapeDataString(links[0])}")).StatusCode);
    }

    private async Task<IAPIResponse> DownloadAsAsync(string user, string link)
    {
        await using var other = await browser.ContextAsync(Site);
        var page = await other.NewPageAsync();
        await ConsolePages.SignInAsync(page, user);
        return await other.APIRequest.GetAsync(link);
    }

    private static async Task OpenSignOffAsync(IPage page, Guid milestone)
    {
        await page.ClickAsync($"[data-milestone='{milestone}'] [data-testid=milestone-actions] button.console-primary");
        await page.WaitForSelectorAsync("[data-testid=sign-off-form]");
    }

    private static async Task SignOffAsync(IPage page, Guid milestone, string evidence, FilePayload file)
    {
        await OpenSignOffAsync(page, milestone);
        await page.FillAsync("[data-testid=sign-off-form] textarea[name=text]", evidence);
        await page.SetInputFilesAsync("[data-testid=evidence-files]", file);
        await page.ClickAsync("[data-testid=sign-off-form] button[type=submit]");
    }
}
