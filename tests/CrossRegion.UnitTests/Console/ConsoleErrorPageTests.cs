using System.Globalization;
using CrossRegion.Api.WebConsole;
using Microsoft.AspNetCore.Http;

namespace CrossRegion.UnitTests.Console;

/// <summary>The page a browser on the console gets for a failure: the person's language, a way home, a reference; no internals.</summary>
public sealed class ConsoleErrorPageTests
{
    [Theory]
    [InlineData("zh-CN", 500, "出错了")]
    [InlineData("en", 500, "Something went wrong")]
    [InlineData("zh-CN", 404, "页面不存在")]
    public async Task Page_Should_SayWhatHappened_InThePersonsLanguage(string culture, int status, string title)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new DefaultHttpContext { TraceIdentifier = "0HN-TRACE-42" };
        context.Response.Body = new MemoryStream();

        await ConsoleErrorPage.WriteAsync(context, status);

        context.Response.Body.Position = 0;
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal(status, context.Response.StatusCode);
        Assert.StartsWith("text/html", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("0HN-TRACE-42", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tasks/WDK-2023-05", "text/html,application/xhtml+xml", true)]
    [InlineData("/api/v1/tasks", "text/html", false)]
    [InlineData("/tasks/export", "text/csv", false)]
    public void Wants_Should_BeABrowserOnAConsolePage(string path, string accept, bool wants)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.Headers.Accept = accept;

        Assert.Equal(wants, ConsoleErrorPage.Wants(context));
    }
}
