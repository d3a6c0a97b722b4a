using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using OtpNet;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>The steps a person takes before anything else, in the browser: a new password, two-factor enrolment.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConsoleRequiredStepTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private const string Initial = "Initial#Password2026";
    private const string Chosen = "Kaizhou#Harbour2026";

    private Uri Site => factory.CreateClient().BaseAddress!;

    [Fact]
    public async Task InitialPassword_Should_BeChangedFirst_ThenThePageAskedForOpens()
    {
        var name = $"kz.step{Random.Shared.Next(100000, 999999)}";
        var admin = await factory.ClientForAsync("kz.admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "开州区 协调人", jurisdiction = "KZ", roles = new[] { "city_coordinator" }, initial_password = Initial,
        })).StatusCode);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tasks?light=red");
        await SignInAsync(page, name, Initial);
        await page.WaitForURLAsync("**/account/step**");
        await page.FillAsync("#current", Initial);
        await page.FillAsync("#new", Chosen);
        await page.FillAsync("#again", Chosen + "x");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".console-field-error");
        await ConsoleBrowser.ScreenshotAsync(page, "32-change-password");

        await page.FillAsync("#current", Initial);
        await page.FillAsync("#new", Chosen);
        await page.FillAsync("#again", Chosen);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/account/login?changed=true**");
        await SignInAsync(page, name, Chosen);
        await page.WaitForURLAsync(url => url.EndsWith("/tasks?light=red", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=ledger]");
    }

    [Fact]
    public async Task AdministratorRole_Should_EnrolTwoFactor_ThenSignInWithACode()
    {
        var name = $"jo.step{Random.Shared.Next(100000, 999999)}";
        var system = await factory.ClientForAsync("sys.admin");
        Assert.Equal(HttpStatusCode.Created, (await system.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "联合办公室 管理员", roles = new[] { "joint_office_administrator", "joint_office_coordinator" }, initial_password = Initial,
        })).StatusCode);
        var person = await factory.ClientForAsync(name, Initial);
        Assert.Equal(HttpStatusCode.NoContent, (await person.PostAsJsonAsync("/api/v1/me/password", new { current_password = Initial, new_password = Chosen })).StatusCode);
        await using var context = await browser.ContextAsync(Site);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await SignInAsync(page, name, Chosen);
        await page.WaitForURLAsync("**/account/step**");
        var key = await page.InnerTextAsync("[data-testid=shared-key]");
        await ConsoleBrowser.ScreenshotAsync(page, "33-enrol-two-factor");
        await page.FillAsync("#code", "000000");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync(".console-alert");

        await page.FillAsync("#code", Code(key));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=recovery-codes]");
        Assert.Equal(10, await page.Locator("[data-testid=recovery-codes] li").CountAsync());

        await page.ClickAsync("a.console-link-submit");
        await page.WaitForURLAsync("**/account/login?two_factor=true**");
        await page.FillAsync("#username", name);
        await page.FillAsync("#password", Chosen);
        await page.FillAsync("#otp", Code(key));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=signed-in-as]");
        await page.WaitForSelectorAsync("[data-testid=overdue-by-city], [data-testid=workbench-scope]");
    }

    private static async Task SignInAsync(Microsoft.Playwright.IPage page, string name, string password)
    {
        await page.WaitForSelectorAsync("#username");
        await page.FillAsync("#username", name);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal))).ComputeTotp(DateTime.UtcNow);
}
