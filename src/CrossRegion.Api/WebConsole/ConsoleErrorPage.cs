using System.Diagnostics;
using System.Net;
using System.Text;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// What a browser on a console page gets when the page cannot be shown: a page in the person's language saying so, with
/// the way home and the trace id to quote — never the API's JSON, never a stack trace. Plain HTML, so it shows even when
/// what failed is the component pipeline itself.
/// </summary>
internal static class ConsoleErrorPage
{
    /// <summary>A request a person's browser made for a page (not the API's, not a script's).</summary>
    public static bool Wants(HttpContext context) =>
        !ConsoleSetup.IsApiPath(context.Request.Path)
        && context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WriteAsync(HttpContext context, int status)
    {
        var (title, message) = status switch
        {
            StatusCodes.Status404NotFound => (Lang.Of("页面不存在", "Page not found"), Lang.Of("您要找的页面不存在，或您无权查看。", "The page does not exist, or you may not see it.")),
            StatusCodes.Status403Forbidden => (Lang.Of("无权访问", "Not allowed"), Lang.Of("您的账号无权查看此页面。", "Your account may not see this page.")),
            >= 400 and < 500 => (Lang.Of("请求有误", "The request is not right"), Lang.Of("地址中的参数有误，请从页面上的链接重新进入。", "The address carries a value that is not right; go back and follow a link on the page.")),
            _ => (Lang.Of("出错了", "Something went wrong"), Lang.Of("页面暂时无法显示。请稍后重试；如果问题持续，请将下面的编号告知管理员。", "The page cannot be shown right now. Try again shortly; if it keeps happening, give the number below to your administrator.")),
        };
        var trace = Activity.Current?.Id ?? context.TraceIdentifier;
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(Lang.HtmlLanguage).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append(" · CrossRegion</title>")
            .Append("<style>body{font-family:\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;background:#f5f5f5;margin:0}main{max-width:560px;margin:12vh auto;background:#fff;padding:32px 40px;border-radius:8px}")
            .Append("h1{font-size:22px;margin:0 0 12px}p{color:#434343;line-height:1.6}a{color:#0958d9}code{color:#595959}</style></head><body><main>")
            .Append("<h1>").Append(Encode(title)).Append("</h1><p>").Append(Encode(message)).Append("</p>")
            .Append("<p><a href=\"/\">").Append(Encode(Lang.Of("返回工作台", "Back to my work"))).Append("</a></p>")
            .Append("<p><code>").Append(Encode(Lang.Of("编号：", "Reference: "))).Append(Encode(trace)).Append("</code></p>")
            .Append("</main></body></html>");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
