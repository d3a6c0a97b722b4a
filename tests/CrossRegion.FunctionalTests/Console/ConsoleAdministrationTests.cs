using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// Yunyang's administrator adds a unit of its own city (with the short name its lines use) and a person at that unit
/// in the console; the person then signs in, changes the initial password first, and is at work.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleAdministrationTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private const string Initial = "Yunyang#Initial2026";
    private const string Chosen = "Yunyang#Culture2026";

    [Fact]
    public async Task CityAdministrator_Should_AddAUnitAndAPerson_WhoThenSignsIn()
    {
        var suffix = Random.Shared.Next(100000, 999999);
        var (code, username) = ($"YY-CULT{suffix}", $"yy.culture{suffix}");
        var site = factory.CreateClient().BaseAddress!;
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "yy.admin");
        await ConsolePages.OpenAsync(page, "/admin/units");

        // Only Yunyang is offered; a code of another city is refused, and nothing is added.
        Assert.Equal(["YY"], await page.Locator("[data-testid=unit-form] select[name=jurisdiction] option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)"));
        await page.FillAsync("[data-testid=unit-form] input[name=code]", $"WZ-CULT{suffix}");
        await page.SelectOptionAsync("[data-testid=unit-form] select[name=function]", "culture_tourism");
        await page.FillAsync("[data-testid=unit-form] input[name=name_zh]", $"云阳县文化旅游委{suffix}");
        await page.FillAsync("[data-testid=unit-form] input[name=name_en]", "Yunyang Culture and Tourism Commission");
        await page.FillAsync("[data-testid=unit-form] input[name=aliases]", $"县文旅委{suffix}");
        await page.ClickAsync("[data-testid=add-unit]");
        await page.WaitForSelectorAsync("[data-testid=admin-error]");
        Assert.Equal(0, await page.Locator($"[data-testid=unit][data-code=WZ-CULT{suffix}]").CountAsync());
        await page.FillAsync("[data-testid=unit-form] input[name=code]", code);
        await page.ClickAsync("[data-testid=add-unit]");
        await page.WaitForSelectorAsync($"[data-testid=unit][data-code={code}]");
        Assert.Contains($"县文旅委{suffix}", await page.InputValueAsync($"[data-testid=unit][data-code={code}] input"), StringComparison.Ordinal);
        await ConsoleBrowser.ScreenshotAsync(page, "80-admin-units");

        await ConsolePages.OpenAsync(page, "/admin/users");
        await page.FillAsync("[data-testid=user-form] input[name=username]", username);
        await page.FillAsync("[data-testid=user-form] input[name=display_name]", "云阳县文旅委 经办人");
        await page.SelectOptionAsync("[data-testid=user-form] select[name=department]", code);
        await page.CheckAsync("[data-testid=user-form] input[name=roles][value=department_officer]");
        await page.FillAsync("[data-testid=user-form] input[name=initial_password]", Initial);
        await page.ClickAsync("[data-testid=add-user]");
        await page.WaitForSelectorAsync($"[data-testid=user][data-username='{username}']");
        await ConsoleBrowser.ScreenshotAsync(page, "81-admin-users");
        await ConsoleAccessibilityTests.AssertCleanAsync(page, "admin users");

        // The new person: the initial password first, then the work of the new unit.
        await using var theirs = await browser.ContextAsync(site);
        var person = await theirs.NewPageAsync();
        await person.GotoAsync("/account/login");
        await person.FillAsync("#username", username);
        await person.FillAsync("#password", Initial);
        await person.ClickAsync("button[type=submit]");
        await person.WaitForURLAsync("**/account/step**");
        await person.FillAsync("#current", Initial);
        await person.FillAsync("#new", Chosen);
        await person.FillAsync("#again", Chosen);
        await person.ClickAsync("button[type=submit]");
        await person.WaitForURLAsync("**/account/login?changed=true**");
        await person.FillAsync("#username", username);
        await person.FillAsync("#password", Chosen);
        await person.ClickAsync("button[type=submit]");
        await person.WaitForSelectorAsync("[data-testid=signed-in-as]");
        Assert.Equal(username, await person.InnerTextAsync("[data-testid=signed-in-as]"));
    }
}
