using System.Globalization;
using System.Text;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Notifications.Channels;

/// <summary>An enterprise IM group's custom robot: 钉钉 (optionally signed with a secret) or 企业微信 (its key in the URL).</summary>
public enum RobotKind
{
    DingTalk = 1,
    WeCom = 2,
}

/// <summary>Where a robot posts: its webhook URL, and for 钉钉 the signing secret (SEC…) when the robot has one.</summary>
public sealed record RobotTarget(RobotKind Kind, Uri Url, string? Secret);

/// <summary>A markdown message to a group: a title (钉钉 shows it in the conversation list) and the text.</summary>
public sealed record RobotMessage(string Title, string Markdown)
{
    /// <summary>A notice for a city's or a unit's group, in Chinese (the groups are the cities' own).</summary>
    public static RobotMessage ForNotice(NoticeDto notice, Uri consoleBase)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(consoleBase);
        var kind = notice.Kind == NoticeKind.Notice ? "催办通知" : "提醒";
        var title = $"【{kind}】{notice.Number ?? notice.Task.Key}";
        var text = new StringBuilder()
            .Append("### ").Append(Plain(title)).Append('\n')
            .Append("**").Append(Plain(notice.Task.Key)).Append(' ').Append(Plain(notice.Task.TitleZh)).Append("**\n\n")
            .Append(Plain(notice.Text)).Append("\n\n")
            .Append("- 应完成：").Append(Date(notice.DueOn)).Append('\n')
            .Append("- 逾期：").Append(notice.DaysOverdue.ToString(CultureInfo.InvariantCulture)).Append(" 天\n")
            .Append("- 请于 ").Append(notice.ReplyBy is { } reply ? Date(reply) : "—").Append(" 前签收回复\n\n")
            .Append("[登录平台签收](").Append(new Uri(consoleBase, $"notices/{notice.Id.ToString(CultureInfo.InvariantCulture)}")).Append(')');
        return new RobotMessage(title, text.ToString());
    }

    /// <summary>
    /// The notices due for one group at once (a chase issues hundreds; the platforms take some 20 messages a minute from
    /// a robot): one line each, the first <paramref name="lines"/> of them, and how many more there are.
    /// </summary>
    public static RobotMessage ForNotices(IReadOnlyList<NoticeDto> notices, int total, int lines, Uri consoleBase)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(consoleBase);
        if (total == 1 && notices.Count == 1)
        {
            return ForNotice(notices[0], consoleBase);
        }

        var formal = notices.All(n => n.Kind == NoticeKind.Notice);
        var title = $"【{(formal ? "催办通知" : "催办与提醒")}】{total.ToString(CultureInfo.InvariantCulture)} 份";
        var text = new StringBuilder().Append("### ").Append(Plain(title)).Append("\n\n");
        foreach (var notice in notices.Take(lines))
        {
            text.Append("- **").Append(Plain(notice.Number ?? "提醒")).Append("** ")
                .Append(Plain(notice.Task.Key)).Append(' ').Append(Plain(notice.Task.TitleZh));
            if (notice.MilestoneTitle is { } milestone)
            {
                text.Append('：').Append(Plain(milestone));
            }

            text.Append("，应完成 ").Append(Date(notice.DueOn));
            if (notice.DaysOverdue > 0)
            {
                text.Append("，逾期 ").Append(notice.DaysOverdue.ToString(CultureInfo.InvariantCulture)).Append(" 天");
            }

            if (notice.ReplyBy is { } reply)
            {
                text.Append("，请于 ").Append(Date(reply)).Append(" 前签收");
            }

            text.Append('\n');
        }

        var more = total - Math.Min(lines, notices.Count);
        text.Append('\n');
        if (more > 0)
        {
            text.Append("另有 ").Append(more.ToString(CultureInfo.InvariantCulture)).Append(" 份。");
        }

        text.Append("[登录平台查看并签收](").Append(new Uri(consoleBase, "notices?acknowledged=false")).Append(')');
        return new RobotMessage(title, text.ToString());
    }

    private static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    // Text from the ledger is shown, never read as markdown or a link.
    private static string Plain(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if ("\\`*_[]()#>!|<".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c == '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}

/// <summary>Posts to a group robot; throws <see cref="ChannelDeliveryException"/> when the platform refuses or cannot be reached.</summary>
public interface IRobotSender
{
    Task SendAsync(RobotTarget target, RobotMessage message, CancellationToken cancellationToken);
}

/// <summary>A channel's refusal: <see cref="Retryable"/> when a later attempt may succeed (rate limits, outages).</summary>
public sealed class ChannelDeliveryException : Exception
{
    public ChannelDeliveryException()
    {
    }

    public ChannelDeliveryException(string message)
        : base(message)
    {
    }

    public ChannelDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChannelDeliveryException(string message, bool retryable)
        : base(message)
    {
        Retryable = retryable;
    }

    public bool Retryable { get; }
}
