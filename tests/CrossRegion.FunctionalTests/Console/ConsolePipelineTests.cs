using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 前期工作 and 费用分担 on the task page: the joint office puts two items on a Wanzhou–Dazhou project's checklist (a field
/// error first), Wanzhou's bureau approves its own and cannot touch Dazhou's, the start is refused while Dazhou's is open
/// and goes through with an override reason; Dazhou's bureau pledges and records its spend, the totals follow; Kaizhou,
/// no party, finds no task.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsolePipelineTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task Parties_Should_KeepTheChecklist_AndTheirCosts_OnTheTaskPage()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");

        // Kind "other" without its name: refused under the field, nothing added.
        await page.ClickAsync("[data-testid=preparation-new]");
        var add = page.Locator("[data-testid=preparation-add-form]");
        await add.Locator("select[name=kind]").SelectOptionAsync("other");
        await add.Locator("select[name=party]").SelectOptionAsync("DZ");
        await add.Locator("button[type=submit]").ClickAsync();
        await add.Locator(".console-field-error").First.WaitForAsync();
        await add.Locator("input[name=name]").FillAsync("水土保持方案");
        await add.Locator("button[type=submit]").ClickAsync();
        var rows = page.Locator("[data-testid=preparation] tr[data-item]");
        await rows.First.WaitForAsync();
        await page.ClickAsync("[data-testid=preparation-new]");
        await add.Locator("select[name=kind]").SelectOptionAsync("feasibility");
        await add.Locator("select[name=party]").SelectOptionAsync("WZ");
        await add.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=preparation-summary]", new() { HasText = "共 2 项" }).WaitForAsync();

        // Wanzhou's bureau moves its own item only.
        await ConsolePages.SignInAsync(page, "wz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        var wanzhouItem = rows.Filter(new() { HasText = "工可/可研" });
        Assert.Equal(0, await rows.Filter(new() { HasText = "水土保持方案" }).Locator("[data-action=update]").CountAsync());
        await wanzhouItem.Locator("[data-action=update]").ClickAsync();
        var update = page.Locator("[data-testid=preparation-update-form]");
        await update.Locator("select[name=state]").SelectOptionAsync("approved");
        await update.Locator("input[name=on]").FillAsync("2026-10-10");
        await update.Locator("input[name=document]").FillAsync("万发改〔2026〕88号");
        await update.Locator("button[type=submit]").ClickAsync();
        await wanzhouItem.Locator("text=已批复").WaitForAsync();

        // Dazhou's bureau pledges and records two months; the totals follow.
        await ConsolePages.SignInAsync(page, "dz.transport");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await page.ClickAsync("[data-testid=costs-new]");
        var pledge = page.Locator("[data-testid=pledge-form]");
        await pledge.Locator("input[name=pledged]").FillAsync("一千");
        await pledge.Locator("button[type=submit]").ClickAsync();
        await pledge.Locator(".console-field-error").WaitForAsync();
        await pledge.Locator("input[name=pledged]").FillAsync("1200");
        await pledge.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=costs] tr[data-party=DZ]").WaitForAsync();
        var spend = page.Locator("[data-testid=spend-form]");
        await spend.Locator("input[name=period]").FillAsync("2026-10");
        await spend.Locator("input[name=amount]").FillAsync("600");
        await spend.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=costs-total]", new() { HasText = "50%" }).WaitForAsync();
        Assert.Contains("2026-10 600", await page.InnerTextAsync("[data-testid=costs] tr[data-party=DZ]"), StringComparison.Ordinal);

        // The joint office cannot start the project while Dazhou's item is open, then overrides with a reason.
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        await ConsoleBrowser.ScreenshotAsync(page, "99-task-pipeline");
        var stage = page.Locator("[data-testid=stage-form]");
        await stage.Locator("select[name=stage]").SelectOptionAsync("preliminary");
        await stage.Locator("input[name=on]").FillAsync("2026-03-01");
        await stage.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=stage-history] li", new() { HasText = "前期" }).WaitForAsync();
        await stage.Locator("select[name=stage]").SelectOptionAsync("new_start");
        await stage.Locator("input[name=on]").FillAsync("2026-11-10");
        await stage.Locator("button[type=submit]").ClickAsync();
        await stage.Locator("text=前期事项尚未办结").WaitForAsync();
        await stage.Locator("input[name=override_reason]").FillAsync("联席会议决定先行段先行开工");
        await stage.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=stage-history] li", new() { HasText = "越过前期检查" }).WaitForAsync();
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "task pipeline");

        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, $"/tasks/{key}");
        Assert.Contains("任务不存在", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
