using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// 联席会议 in the console: the joint office calls a 万达开 meeting (its host proposed from the order), Kaizhou's
/// coordinator puts an item forward and names its attendee, the joint office records the minutes and a decision that
/// lands as a milestone on a task; Yunyang (no member of 万达开) is not offered the meeting.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleMeetingTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task JointOffice_Should_CallAndRecordAMeeting_WithACitysAgendaAndAttendees()
    {
        var api = await factory.ClientForAsync("joint.office");
        (await api.PutAsJsonAsync("/api/v1/programmes/WDK/host-order", new { order = new[] { "WZ", "KZ", "DZ" } }, Json.Snake)).EnsureSuccessStatusCode();
        var task = await TestTasks.CreateThreeCityTaskAsync(factory);
        var today = factory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await using var context = await browser.ContextAsync(factory.CreateClient().BaseAddress!);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, "/meetings");
        await page.SelectOptionAsync("[data-testid=meeting-call] select[name=programme]", "WDK");
        await page.FillAsync("[data-testid=meeting-call] input[name=title]", "万达开党政联席会议第四次会议");
        await page.FillAsync("[data-testid=meeting-call] input[name=date]", today);
        await page.FillAsync("[data-testid=meeting-call] input[name=place]", "万州区");
        await page.ClickAsync("[data-testid=meeting-call] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=meeting-title]:has-text('万达开党政联席会议第四次会议')");
        Assert.Contains("万州", await page.InnerTextAsync("[data-testid=meeting-host]"), StringComparison.Ordinal);
        var address = new Uri(page.Url).PathAndQuery;

        // Kaizhou's coordinator puts an item forward and names its attendee.
        await ConsolePages.SignInAsync(page, "kz.admin");
        await ConsolePages.OpenAsync(page, address);
        await page.FillAsync("[data-testid=agenda-form] input[name=agenda_title]", "达万直线开州段接线方案");
        await page.ClickAsync("[data-testid=agenda-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=agenda] li:has-text('达万直线开州段接线方案')");
        // Put forward twice by mistake: Kaizhou withdraws the second.
        await page.FillAsync("[data-testid=agenda-form] input[name=agenda_title]", "开州段接线方案（重复）");
        await page.ClickAsync("[data-testid=agenda-form] button[type=submit]");
        var duplicate = page.Locator("[data-testid=agenda] li", new() { HasText = "开州段接线方案（重复）" });
        await duplicate.Locator("[data-testid=agenda-withdraw]").ClickAsync();
        await duplicate.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.FillAsync("[data-testid=attendee-form] input[name=name]", "王强");
        await page.FillAsync("[data-testid=attendee-form] input[name=post]", "副区长");
        await page.ClickAsync("[data-testid=attendee-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=attendees] li:has-text('王强')");

        // The joint office records the minutes and a decision that lands as a milestone on a task of the programme.
        await ConsolePages.SignInAsync(page, "joint.office");
        await ConsolePages.OpenAsync(page, address);
        await page.FillAsync("[data-testid=minutes-form] textarea[name=minutes]", "会议听取了万达开统筹发展推进情况，议定：……");
        await page.ClickAsync("[data-testid=minutes-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=minutes]");
        await page.FillAsync("[data-testid=decision-form] input[name=decision]", "开州、万州年底前完成接线方案");
        await page.FillAsync("[data-testid=decision-form] input[name=decision_task]", task.Key);
        await page.FillAsync("[data-testid=decision-form] input[name=due_date]", "2026-12-31");
        await page.FillAsync("[data-testid=decision-form] input[name=owners]", "WZ KZ");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");

        await page.WaitForSelectorAsync($"[data-testid=decisions] tr[data-task='{task.Key}']");
        Assert.Contains("2026-12-31", await page.InnerTextAsync($"[data-testid=decisions] tr[data-task='{task.Key}']"), StringComparison.Ordinal);

        // A second decision becomes a new task of the programme, the owning cities its responsible parties; without a
        // name it is refused under the field.
        var newKey = $"WDK-2026-M{Random.Shared.Next(100000, 999999)}";
        await page.CheckAsync("[data-testid=decision-lands] input[value=new]");
        await page.FillAsync("[data-testid=decision-form] input[name=decision]", "共建万开云数字政务协同平台");
        await page.FillAsync("[data-testid=decision-form] input[name=new_task_key]", newKey);
        await page.FillAsync("[data-testid=decision-form] input[name=due_date]", "2027-06-30");
        await page.FillAsync("[data-testid=decision-form] input[name=owners]", "WZ KZ");
        await page.SelectOptionAsync("[data-testid=decision-form] select[name=category]", new SelectOptionValue { Index = 1 });
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=decision-form] .console-field-error");
        await page.FillAsync("[data-testid=decision-form] input[name=title_zh]", "数字政务协同平台");
        await page.FillAsync("[data-testid=decision-form] input[name=title_en]", "Digital government platform");
        await page.ClickAsync("[data-testid=decision-form] button[type=submit]");
        await page.WaitForSelectorAsync($"[data-testid=decisions] tr[data-task='{newKey}']");
        var created = await Json.ReadAsync(await api.GetAsync($"/api/v1/tasks/{newKey}"));
        Assert.Equal(["KZ", "WZ"], created.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal("2027-06-30", Assert.Single(created.GetProperty("milestones").EnumerateArray()).GetProperty("due_date").GetString());
        await ConsoleBrowser.ScreenshotAsync(page, "99-meeting");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "meeting");

        // Yunyang is no member of 万达开.
        await ConsolePages.SignInAsync(page, "yy.admin");
        await ConsolePages.OpenAsync(page, address);
        Assert.DoesNotContain("万达开党政联席会议第四次会议", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
