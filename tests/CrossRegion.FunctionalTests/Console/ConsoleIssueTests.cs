using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 问题协调 in the console: Dazhou's transport bureau raises what blocks a Wanzhou–Dazhou task with Wanzhou's (field
/// errors under the fields first), Wanzhou's bureau answers it on the task page, Dazhou's coordinator closes it (销号);
/// the issues page lists it, filtered; Kaizhou, no party, finds neither the task nor the issue.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleIssueTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Parties_Should_RaiseAnswerAndCloseAnIssue_OnTheTaskPage_AndFindItInTheList()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var subject = $"万州段征地拆迁未完成（{key}）";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");

        // Nothing said: refused under the fields, nothing raised.
        await page.ClickAsync("[data-testid=issue-new]");
        var raise = page.Locator("[data-testid=issue-raise-form]");
        await raise.Locator("button[type=submit]").ClickAsync();
        await raise.Locator(".console-field-error").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=issues] tr[data-issue]").CountAsync());

        await raise.Locator("input[name=subject]").FillAsync(subject);
        await raise.Locator("textarea[name=help_needed]").FillAsync("请万州区交通局协调征地进度，明确交地时间");
        await raise.Locator("select[name=addressee]").SelectOptionAsync("unit:WZ-TRANSPORT");
        await raise.Locator("input[name=reply_by]").FillAsync("2027-01-15");
        await raise.Locator("button[type=submit]").ClickAsync();
        var row = page.Locator("[data-testid=issues] tr[data-issue]", new() { HasText = subject });
        await row.WaitForAsync();
        Assert.Contains("待答复", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("万州区交通局", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await row.Locator("[data-action=answer]").CountAsync());

        // Dazhou's bureau reports the month blocked, naming the issue behind it.
        await page.ClickAsync("[data-testid=report-button]");
        var report = page.Locator("[data-testid=report-form]");
        await report.Locator("select[name=status]").SelectOptionAsync("blocked");
        await report.Locator("textarea[name=narrative]").FillAsync("路基工程因征地受阻。");
        await report.Locator("textarea[name=status_reason]").FillAsync("征地未完成");
        await report.Locator("select[name=issue_id]").SelectOptionAsync(new SelectOptionValue { Label = subject });
        await report.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=reports] [data-testid=report-issue]", new() { HasText = subject }).WaitForAsync();

        // Wanzhou's bureau answers it.
        await ConsolePages.SignInAsync(page, "wz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await row.Locator("[data-action=answer]").ClickAsync();
        var form = page.Locator("[data-testid=issue-form]");
        await form.Locator("textarea[name=answer]").FillAsync("已约谈街道，12月20日前交地");
        await form.Locator("button[type=submit]").ClickAsync();
        await row.Locator("text=已答复").WaitForAsync();

        // Dazhou's coordinator closes it (销号).
        await ConsolePages.SignInAsync(page, "dz.admin");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await row.Locator("[data-action=close]").ClickAsync();
        await row.Locator("text=已销号").WaitForAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "99-task-issues");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "task issues");

        // The issues page lists it for Wanzhou, filtered; a state that is not one is said so.
        await ConsolePages.SignInAsync(page, "wz.admin");
        await ConsolePages.OpenAsync(page, "/issues?city=DZ&state=closed&addressee=WZ-TRANSPORT");
        await page.Locator("[data-testid=issue-list] tr[data-issue]", new() { HasText = subject }).WaitForAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "99-issues");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "issues");
        await ConsolePages.OpenAsync(page, "/issues?state=open");
        Assert.DoesNotContain(subject, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ConsolePages.OpenAsync(page, "/issues?state=solved");
        await page.Locator("main [role=alert]").WaitForAsync();

        // Kaizhou is no party: neither the task nor the issue.
        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, "/issues");
        Assert.DoesNotContain(subject, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        Assert.Contains("任务不存在", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactorRequest_Should_BeRaisedWithItsAmount_AndAnsweredWithWhatItGrants()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var subject = $"达州段用地指标缺口（{key}）";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "dz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.ClickAsync("[data-testid=issue-new]");
        var raise = page.Locator("[data-testid=issue-raise-form]");
        await raise.Locator("input[name=subject]").FillAsync(subject);
        await raise.Locator("textarea[name=help_needed]").FillAsync("请联合办公室协调两省调剂用地指标");
        await raise.Locator("select[name=addressee]").SelectOptionAsync("joint_office:");
        await raise.Locator("input[name=reply_by]").FillAsync("2027-01-15");
        await raise.Locator("select[name=factor_kind]").SelectOptionAsync("land_quota");
        await raise.Locator("input[name=factor_amount]").FillAsync("120");
        await raise.Locator("button[type=submit]").ClickAsync();
        await raise.Locator(".console-field-error").WaitForAsync();
        await raise.Locator("input[name=factor_unit]").FillAsync("亩");
        await raise.Locator("button[type=submit]").ClickAsync();
        var row = page.Locator("[data-testid=issues] tr[data-issue]", new() { HasText = subject });
        await row.Locator("[data-testid=issue-factor]", new() { HasText = "用地指标 120 亩" }).WaitForAsync();

        // The ledger shows the open issue in its column, and keeps the task under "open issues".
        await ConsolePages.OpenAsync(page, $"/tasks?q={key}&open_issues=true&cols=parties,issues");
        Assert.Equal("1", await page.InnerTextAsync("[data-testid=ledger] [data-testid=open-issues]"));

        // The joint office answers with part of it.
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await row.Locator("[data-action=answer]").ClickAsync();
        var form = page.Locator("[data-testid=issue-form]");
        await form.Locator("textarea[name=answer]").FillAsync("四川省先行调剂80亩");
        await form.Locator("select[name=grant_outcome]").SelectOptionAsync("partly_granted");
        await form.Locator("input[name=grant_amount]").FillAsync("80");
        await form.Locator("button[type=submit]").ClickAsync();
        await row.Locator("text=部分保障 80 亩").WaitForAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "99-task-factor");

        // The issues page filters 要素 requests by kind.
        await ConsolePages.OpenAsync(page, "/issues?factor=land_quota");
        await page.Locator("[data-testid=issue-list] tr[data-issue]", new() { HasText = subject }).Locator("[data-testid=issue-factor]", new() { HasText = "部分保障 80 亩" }).WaitForAsync();
        await ConsolePages.OpenAsync(page, "/issues?factor=funds");
        Assert.DoesNotContain(subject, await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
