using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Notifications.Channels;

/// <summary>
/// A notice as an email, in the language of the current UI culture (the recipient's): its number, the task, what is
/// overdue, the reply-by date and where to sign for it, as text and as HTML. The console's address is given by the
/// installation (<paramref name="consoleBase"/>).
/// </summary>
public static class NoticeEmail
{
    public static EmailMessage Compose(NoticeDto notice, string to, string toName, Uri consoleBase)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(consoleBase);
        var title = Localized.IsEnglish && notice.Task.TitleEn.Length > 0 ? notice.Task.TitleEn : notice.Task.TitleZh;
        var kind = notice.Kind == NoticeKind.Notice ? Localized.Text("催办通知", "Notice") : Localized.Text("提醒", "Reminder");
        var subject = Localized.Text(
            $"【{kind}】{notice.Number ?? ""} {notice.Task.Key} {title}".Replace("  ", " ", StringComparison.Ordinal),
            $"[{kind}] {(notice.Number is null ? "" : notice.Number + " ")}{notice.Task.Key} {title}");
        var link = new Uri(consoleBase, $"notices/{notice.Id.ToString(CultureInfo.InvariantCulture)}");
        var facts = new List<(string Label, string Value)>
        {
            (Localized.Text("编号", "Number"), notice.Number ?? "—"),
            (Localized.Text("任务", "Task"), $"{notice.Task.Key} {title}"),
            (Localized.Text("应完成", "Due"), Date(notice.DueOn)),
            (Localized.Text("逾期天数", "Days overdue"), notice.DaysOverdue.ToString(CultureInfo.InvariantCulture)),
            (Localized.Text("请于此日前签收回复", "Reply by"), notice.ReplyBy is { } reply ? Date(reply) : "—"),
            (Localized.Text("发文单位", "Issued by"), notice.Issuer),
        };

        var text = new StringBuilder()
            .AppendLine(toName + Localized.Text("：", ":"))
            .AppendLine()
            .AppendLine(notice.Text)
            .AppendLine();
        foreach (var (label, value) in facts)
        {
            text.Append(label).Append(Localized.Text("：", ": ")).AppendLine(value);
        }

        text.AppendLine().AppendLine(Localized.Text($"请登录平台签收：{link}", $"Sign for it on the platform: {link}"));

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:14px\">")
            .Append("<p>").Append(Encode(toName)).Append(Localized.Text("：", ":")).Append("</p>")
            .Append("<p>").Append(Encode(notice.Text)).Append("</p><table cellpadding=\"4\">");
        foreach (var (label, value) in facts)
        {
            html.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }

        html.Append("</table><p><a href=\"").Append(Encode(link.ToString())).Append("\">")
            .Append(Encode(Localized.Text("登录平台签收", "Sign for it on the platform"))).Append("</a></p></body></html>");
        return new EmailMessage(to, toName, subject, text.ToString(), html.ToString());
    }

    /// <summary>2026年12月4日 / 4 Dec 2026.</summary>
    private static string Date(DateOnly date) =>
        Localized.IsEnglish ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
