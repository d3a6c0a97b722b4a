using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 争取事项 in the console: Dazhou's coordinator drafts a joint approval with Wanzhou on the task page (field errors
/// under the fields first), submits it, records the approval and lets it complete the milestone it was for; the asks
/// page lists it for the task's parties, filtered; Kaizhou, no party, finds neither the task nor the ask.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleAskTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Coordinator_Should_DraftSubmitAndWinAnAsk_OnTheTaskPage_AndFindItInTheList()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var subject = $"争取川渝两省市联合批复三地联通道路工可（{key}）";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.admin");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");

        // Nothing asked of anybody: refused under the fields, nothing saved.
        await page.ClickAsync("[data-testid=ask-new]");
        var draft = page.Locator("[data-testid=ask-draft-form]");
        await draft.Locator("button[type=submit]").ClickAsync();
        await draft.Locator(".console-field-error").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=asks] tr[data-ask]").CountAsync());

        // 联合报批: both provinces' development commissions, Wanzhou submitting with Dazhou, for the joint milestone.
        await draft.Locator("select[name=kind]").SelectOptionAsync("approval");
        await draft.Locator("input[name=subject]").FillAsync(subject);
        await draft.Locator("select[name=addressees]").SelectOptionAsync(["CQ-DRC", "SC-DRC"]);
        await draft.Locator("select[name=milestone_id]").SelectOptionAsync(joint.ToString());
        await draft.Locator("input[name=submitters][value=WZ]").CheckAsync();
        await draft.Locator("button[type=submit]").ClickAsync();
        var row = page.Locator("[data-testid=asks] tr[data-ask]", new() { HasText = subject });
        await row.WaitForAsync();
        Assert.Contains("草稿", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("四川省发展改革委", await row.InnerTextAsync(), StringComparison.Ordinal);

        // Submitted under its reference; then approved, the approval completing both cities' parts of the milestone.
        await row.Locator("[data-action=submit]").ClickAsync();
        var form = page.Locator("[data-testid=ask-form]");
        await form.Locator("input[name=reference]").FillAsync("达市发改〔2026〕12号");
        await page.SetInputFilesAsync("[data-testid=ask-files]", new FilePayload { Name = "联合请示.pdf", MimeType = "application/pdf", Buffer = Attachments.EvidenceFiles.Pdf("联合请示") });
        await form.Locator("button[type=submit]").ClickAsync();
        await row.Locator("text=已报送").WaitForAsync();
        Assert.Equal("联合请示.pdf", (await row.Locator("[data-testid=ask-file] a").InnerTextAsync()).Trim());
        await row.Locator("[data-action=answer]").ClickAsync();
        await form.Locator("select[name=outcome]").SelectOptionAsync("approved");
        await form.Locator("input[name=reference]").FillAsync("川发改〔2026〕88号");
        await form.Locator("input[name=document]").FillAsync("关于三地联通道路工程可行性研究报告的批复");
        await form.Locator("input[name=sign_off_milestone]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await row.Locator("text=已获批").WaitForAsync();
        var milestone = page.Locator($"[data-testid=milestone][data-milestone='{joint}']");
        Assert.Equal(2, await milestone.Locator("[data-testid=sign-off]", new() { HasText = "获批：关于三地联通道路工程可行性研究报告的批复" }).CountAsync());
        Assert.Contains("已完成", await milestone.InnerTextAsync(), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "99-task-asks");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "task asks");

        // The asks page lists it for Wanzhou, filtered by addressee and state; not among the refused.
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/asks?addressee=SC-DRC&state=approved&city=WZ");
        await page.Locator("[data-testid=ask-list] tr[data-ask]", new() { HasText = subject }).WaitForAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "99-asks");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "asks");
        await ConsolePages.OpenAsync(page, "/asks?state=refused");
        Assert.DoesNotContain(subject, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ConsolePages.OpenAsync(page, "/asks?state=won");
        await page.Locator("main [role=alert]").WaitForAsync();

        // Kaizhou is no party: neither the task nor the ask.
        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, "/asks");
        Assert.DoesNotContain(subject, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        Assert.Contains("任务不存在", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
