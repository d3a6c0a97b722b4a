using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Playwright;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// Headless Chromium (Debian's, found on the PATH or named by CROSSREGION_CHROMIUM; never downloaded) driven by
/// Playwright, for the console's browser tests; screenshots go to <c>artifacts/console/</c> at the repository root.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not initialised.");

    public static string Screenshots { get; } = Path.Combine(Repository.Root, "artifacts", "console");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CROSSREGION_CHROMIUM") is { Length: > 0 } path ? path : OnPath("chromium"),
            Headless = true,

            // The tests run as root in CI containers, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (its own cookies) at the test server's address, in the given language.</summary>
    public Task<IBrowserContext> ContextAsync(Uri baseAddress, string locale = "zh-CN") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });

    /// <summary>A document a test produced (a PDF), kept beside the screenshots for a person to open.</summary>
    public static Task SaveAsync(string fileName, byte[] bytes)
    {
        Directory.CreateDirectory(Screenshots);
        return File.WriteAllBytesAsync(Path.Combine(Screenshots, fileName), bytes);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>One part of a long page (a card among many).</summary>
    public static Task ScreenshotAsync(ILocator element, string name) =>
        element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png") });

    private static string OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} is not installed: tests/run.sh installs it with apt (tests/browser.sh).");
}
