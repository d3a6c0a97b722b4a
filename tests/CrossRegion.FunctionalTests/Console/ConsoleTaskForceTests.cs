using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 专班 in the console: the joint office forms a transport task force of three cities' units on the task forces page
/// (field errors under the fields first), gives it two tasks by key, finds them in the ledger filtered by it and on
/// their pages; Kaizhou, a member city, reads the task force but only the task it is a party to; Yunyang, no member of
/// the programme, finds no task force at all.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleTaskForceTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_FormATaskForce_AndGiveItTasks_SeenByParticipation()
    {
        var (twoCities, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var (withKaizhou, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: true);
        var code = $"WDK-TF-C{Random.Shared.Next(100000, 999999)}";
        var name = $"万达开交通互联互通专班{code[^6..]}";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/task-forces");

        // Nothing filled in: refused under the fields, nothing formed.
        var form = page.Locator("[data-testid=task-force-form]");
        await form.Locator("button[type=submit]").ClickAsync();
        await form.Locator(".console-field-error").First.WaitForAsync();
        Assert.Equal(0, await page.Locator($"[data-testid=task-forces] tr[data-code='{code}']").CountAsync());

        await form.Locator("input[name=code]").FillAsync(code);
        await form.Locator("select[name=programme]").SelectOptionAsync("WDK");
        await form.Locator("select[name=field]").SelectOptionAsync("infrastructure");
        await form.Locator("input[name=name_zh]").FillAsync(name);
        await form.Locator("input[name=name_en]").FillAsync("Transport connectivity task force");
        await form.Locator("select[name=lead_unit]").SelectOptionAsync("WZ-TRANSPORT");
        await form.Locator("select[name=members]").SelectOptionAsync(["DZ-TRANSPORT", "KZ-TRANSPORT"]);
        await form.Locator("input[name=convener_name]").FillAsync("张明");
        await form.Locator("input[name=convener_post]").FillAsync("万州区交通局局长");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=task-force-title]", new() { HasText = name }).WaitForAsync();

        // Two tasks given by key; an unknown key is refused and nothing changes.
        var assign = page.Locator("[data-testid=task-force-assign]");
        await assign.Locator("input[name=task_key]").FillAsync("WDK-2099-NONE");
        await assign.Locator("button[type=submit]").ClickAsync();
        await page.Locator("main .console-alert[role=alert]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=task-force-held] li").CountAsync());
        foreach (var key in new[] { twoCities, withKaizhou })
        {
            await assign.Locator("input[name=task_key]").FillAsync(key);
            await assign.Locator("button[type=submit]").ClickAsync();
            await page.Locator("[data-testid=task-force-held] li", new() { HasText = key }).WaitForAsync();
        }

        Assert.Equal(2, await page.Locator("[data-testid=task-force-held] li").CountAsync());
        Assert.Equal("2", (await page.Locator($"[data-testid=task-forces] tr[data-code='{code}'] [data-testid=task-force-tasks]").InnerTextAsync()).Trim());
        await ConsoleBrowser.ScreenshotAsync(page, "99-task-forces");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "task forces");

        // The ledger filtered by it, and the task's page naming it.
        await page.ClickAsync($"[data-testid=task-forces] tr[data-code='{code}'] [data-testid=task-force-tasks]");
        await page.Locator("[data-testid=ledger] [data-testid=task-link]", new() { HasText = withKaizhou }).WaitForAsync();
        Assert.Equal(
            new[] { twoCities, withKaizhou }.Order(StringComparer.Ordinal),
            (await page.Locator("[data-testid=ledger] [data-testid=task-link]").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(code, await page.Locator("[data-testid=task-force-filter]").InputValueAsync());
        await ConsolePages.OpenAsync(page, $"/tasks/{twoCities}");
        Assert.Contains(name, await page.Locator("[data-testid=task-forces]").InnerTextAsync(), StringComparison.Ordinal);

        // Kaizhou, a member city: the task force and only the task it is a party to.
        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, $"/task-forces?code={code}");
        await page.Locator("[data-testid=task-force-title]", new() { HasText = name }).WaitForAsync();
        Assert.Equal([withKaizhou], (await page.Locator("[data-testid=task-force-held] li a.console-key").AllInnerTextsAsync()).Select(t => t.Trim()));
        // It runs no joint programme: it gives this task force nothing, and forms task forces of its own lists only.
        Assert.Equal(0, await page.Locator("[data-testid=task-force-assign]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=task-force-form] select[name=programme] option[value=WDK]").CountAsync());
        await ConsolePages.OpenAsync(page, $"/tasks?task_force={code}&all_programmes=true");
        Assert.Equal([withKaizhou], (await page.Locator("[data-testid=ledger] [data-testid=task-link]").AllInnerTextsAsync()).Select(t => t.Trim()));

        // Yunyang is no member of 万达开: no such task force.
        await ConsolePages.SignInAsync(page, "yy.admin");
        await ConsolePages.OpenAsync(page, $"/task-forces?code={code}");
        Assert.DoesNotContain(name, await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
