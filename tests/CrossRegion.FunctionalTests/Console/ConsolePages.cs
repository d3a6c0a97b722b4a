using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>What a person does in the console, as steps a test reuses.</summary>
internal static class ConsolePages
{
    public const string Password = "Demo#2023";

    public static async Task SignInAsync(IPage page, string user, string password = Password, string path = "/account/login")
    {
        await page.GotoAsync(path);
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=signed-in-as]");
    }

    /// <summary>Goes to a page and waits until its circuit runs it (its buttons work), not only until it is drawn.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("main[data-interactive=true]");
    }

    /// <summary>The task keys a page links to (<c>tasks/{key}</c>).</summary>
    public static async Task<IReadOnlyList<string>> TaskLinksAsync(IPage page)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))");
        return hrefs
            .Select(h => h.TrimStart('/'))
            .Where(h => h.StartsWith("tasks/", StringComparison.Ordinal))
            .Select(h => Uri.UnescapeDataString(h["tasks/".Length..].Split('?', '#')[0].Split('/')[0]))
            .Where(key => key is not ("export" or "new" or "import"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
