using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// The joint office defines a task in the console — parties with their own city's units, a yearly target with a
/// measure, a milestone — refused field by field until it is right; then edits it part by part with the version
/// shown, and a change made meanwhile by someone else is never overwritten.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleTaskDefinitionTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_DefineATask_ThenEditItsParts()
    {
        var key = $"WDK-2026-D{Random.Shared.Next(100000, 999999)}";
        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/tasks");
        await page.ClickAsync("[data-testid=new-task]");
        await page.WaitForSelectorAsync("main[data-interactive=true] [data-testid=task-form]");

        await page.FillAsync("input[name=key]", key);
        await page.SelectOptionAsync("select[name=programme]", "WDK");
        await page.SelectOptionAsync("select[name=category]", "infrastructure");
        await page.FillAsync("input[name=title_en]", "Wanzhou–Dazhou freight link");
        await page.FillAsync("textarea[name=main_content]", "建设万达货运通道。");
        await page.FillAsync("input[name='period.text']", "2026—2027年");
        await page.FillAsync("input[name='period.start_year']", "2026");
        await page.FillAsync("input[name='period.end_year']", "2027");
        await page.SelectOptionAsync("select[name='parties[0].jurisdiction']", "WZ");
        await page.CheckAsync("input[name='parties[0].departments'][value=WZ-TRANSPORT]");
        await page.SelectOptionAsync("select[name='parties[1].jurisdiction']", "DZ");
        await page.CheckAsync("input[name='parties[1].departments'][value=DZ-TRANSPORT]");
        Assert.Equal(0, await page.Locator("input[name='parties[1].departments'][value=WZ-TRANSPORT]").CountAsync());
        await page.ClickAsync("[data-testid=add-target]");
        await page.FillAsync("input[name='targets[0].text']", "完成货运通道前期工作。");
        await page.FillAsync("input[name='targets[0].measures[0].metric']", "年度投资");
        await page.FillAsync("input[name='targets[0].measures[0].value']", "2.5");
        await page.FillAsync("input[name='targets[0].measures[0].unit']", "亿元");
        await page.FillAsync("input[name='milestones[0].title']", "完成可行性研究");
        await page.FillAsync("input[name='milestones[0].due_date']", "2027-03-31");

        // No Chinese title: refused under the field, nothing created, everything typed kept.
        await page.ClickAsync("[data-testid=create-task]");
        await page.WaitForSelectorAsync("input[name=title_zh][aria-invalid=true]");
        Assert.Equal("完成可行性研究", await page.InputValueAsync("input[name='milestones[0].title']"));
        var office = await factory.ClientForAsync("joint.office");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        await ConsoleBrowser.ScreenshotAsync(page, "60-new-task-refused");
        var problems = new List<string>();
        await ConsoleAccessibilityTests.CheckAsync(page, "new task", problems);

        await page.FillAsync("input[name=title_zh]", "万达货运通道");
        await page.ClickAsync("[data-testid=create-task]");

        // The task's page (or, should the page fail, its error, not a silent wait).
        await page.WaitForSelectorAsync(".console-facts, [data-testid=page-error]");
        Assert.Equal(0, await page.Locator("[data-testid=page-error]").CountAsync());
        Assert.EndsWith($"/tasks/{key}", page.Url, StringComparison.Ordinal);
        var created = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal(["DZ", "WZ"], created.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order());
        Assert.Equal("亿元", created.GetProperty("targets")[0].GetProperty("measures")[0].GetProperty("unit").GetString());

        // Edit: Kaizhou joins with a unit of its own; the milestone moves, its baseline stays.
        await ConsolePages.OpenAsync(page, $"/tasks/{key}/edit");
        await page.SelectOptionAsync("select[name=new_party]", "KZ");
        await page.CheckAsync("[data-testid=new-party] input[value=KZ-TRANSPORT]");
        await page.ClickAsync("[data-testid=new-party] [data-testid=add-party]");
        await page.WaitForSelectorAsync("[data-testid=edit-party][data-city=KZ]");
        await page.FillAsync("[data-testid=edit-milestone] input[type=date]", "2027-06-30");
        await page.ClickAsync("[data-testid=edit-milestone] button.console-secondary");
        await page.WaitForSelectorAsync("[data-testid=saved]");
        await ConsoleBrowser.ScreenshotAsync(page, "61-task-edit");
        await ConsoleAccessibilityTests.CheckAsync(page, "task edit", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var edited = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Contains(edited.GetProperty("parties").EnumerateArray(), p => p.GetProperty("jurisdiction").GetString() == "KZ");
        var milestone = edited.GetProperty("milestones")[0];
        Assert.Equal(("2027-06-30", "2027-03-31"), (milestone.GetProperty("due_date").GetString(), milestone.GetProperty("baseline_due_date").GetString()));

        // Someone else renames the task meanwhile: the page's save is refused, reloaded, nothing overwritten.
        using var rename = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{key}") { Content = JsonContent.Create(new { title_en = "Freight link (renamed)" }) };
        rename.Headers.TryAddWithoutValidation("If-Match", (await office.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(rename)).StatusCode);
        await page.FillAsync("input[name=remarks]", "区级自选");
        await page.ClickAsync("[data-testid=save-basics]");
        await page.WaitForSelectorAsync("[data-testid=edit-error]");
        Assert.Equal("Freight link (renamed)", await page.InputValueAsync("input[name=title_en]"));
        var after = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("Freight link (renamed)", after.GetProperty("title_en").GetString());

        // Saved again on the version now shown, it goes through; and the circuit's writes keep the audit chain whole.
        await page.FillAsync("input[name=remarks]", "区级自选");
        await page.ClickAsync("[data-testid=save-basics]");
        await page.WaitForSelectorAsync("[data-testid=saved]");
        Assert.Equal("区级自选", (await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("remarks").GetString());
    }
}
