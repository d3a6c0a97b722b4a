using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Bulletins.GetBulletin;

namespace CrossRegion.Api.Endpoints;

/// <summary>The bulletin as a page to read or print: bilingual headings, one table per level, the overdue list.</summary>
internal static class BulletinPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(BulletinDto dto)
    {
        var (b, c) = (dto.Bulletin, dto.Content);
        var page = new StringBuilder()
            .Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(Documents.BulletinSheet.TitleOf(b, c))).Append("</title><style>")
            .Append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
            .Append("th,td{border:1px solid #999;padding:4px 8px;text-align:right}th:first-child,td:first-child,td.l{text-align:left}")
            .Append(".checkpoint{color:#666;font-size:smaller;word-break:break-all}")
            .Append("</style></head><body>")
            .Append("<h1>").Append(E(Documents.BulletinSheet.TitleOf(b, c))).Append("<br><small>").Append(E(Documents.BulletinSheet.TitleEnOf(b, c))).Append("</small></h1>")
            .Append("<p>").Append(E($"统计期 Period: {c.From:yyyy-MM-dd} — {c.Through:yyyy-MM-dd}；截至 As of: {c.AsOf:yyyy-MM-dd}；第 {b.Version} 版 Version {b.Version}；生成于 Generated {b.GeneratedAt:yyyy-MM-dd HH:mm} UTC"))
            .Append("</p>");

        page.Append("<h2>各地区 By jurisdiction（赛马比拼 Ranking）</h2>");
        Table(page, "地区 Jurisdiction", c.Jurisdictions.Select(j => (j.Rank, $"{j.NameZh} {j.NameEn}", j.Score)));
        page.Append("<h2>各责任单位 By responsible unit</h2>");
        Table(page, "单位 Unit", c.Departments.Select(d => (d.Rank, $"{d.NameZh} ({d.Jurisdiction})", d.Score)));

        if (c.Asks is { Count: > 0 } asks)
        {
            Counts(page, "争取事项 Asks to higher levels", "地区 Jurisdiction", asks, a => $"{a.NameZh} {a.NameEn}", Documents.BulletinSheet.AskColumns);
        }

        if (c.TaskForces is { Count: > 0 } forces)
        {
            Counts(page, "专班 Task forces", "专班 Task force", forces, f => $"{f.NameZh} {f.NameEn}", Documents.BulletinSheet.TaskForceColumns);
        }

        if (c.Factors is { Count: > 0 } factors)
        {
            Counts(page, "要素保障 Factor requests", "地区 Jurisdiction", factors, f => $"{f.NameZh} {f.NameEn}", Documents.BulletinSheet.FactorColumns);
        }

        page.Append("<h2>逾期事项 Overdue items</h2><table><tr><th>任务 Task</th><th>节点 Milestone</th><th>地区 Party</th><th>责任单位 Units</th><th>应完成 Due</th><th>逾期天数 Days overdue</th></tr>");
        foreach (var i in c.OverdueItems)
        {
            page.Append("<tr><td>").Append(E($"{i.TaskKey} {i.TaskTitleZh}")).Append("</td><td class=\"l\">").Append(E(i.Milestone))
                .Append("</td><td class=\"l\">").Append(E(i.Jurisdiction)).Append("</td><td class=\"l\">").Append(E(string.Join("、", i.Departments)))
                .Append("</td><td>").Append(E(i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</td><td>").Append(i.DaysOverdue).Append("</td></tr>");
        }

        page.Append("</table>");
        if (c.AuditCheckpoint is { } head)
        {
            page.Append("<p class=\"checkpoint\">审计链检查点 Audit checkpoint: #").Append(head.Sequence).Append(' ').Append(E(head.Hash))
                .Append(" · 签章 seal ").Append(E(head.Seal)).Append("</p>");
        }

        return page.Append("</body></html>").ToString();
    }

    /// <summary>A section of counts: a heading and a name column (literals of ours), then a number column per count.</summary>
    private static void Counts<TRow>(
        StringBuilder page, string heading, string label, IEnumerable<TRow> rows, Func<TRow, string> name, IReadOnlyList<(string Zh, string En, Func<TRow, int> Value)> columns)
    {
        page.Append("<h2>").Append(heading).Append("</h2><table><tr><th>").Append(label).Append("</th>");
        foreach (var (zh, en, _) in columns)
        {
            page.Append("<th>").Append(E($"{zh} {en}")).Append("</th>");
        }

        page.Append("</tr>");
        foreach (var row in rows)
        {
            page.Append("<tr><td>").Append(E(name(row))).Append("</td>");
            foreach (var (_, _, value) in columns)
            {
                page.Append("<td>").Append(value(row)).Append("</td>");
            }

            page.Append("</tr>");
        }

        page.Append("</table>");
    }

    private static void Table(StringBuilder page, string label, IEnumerable<(int Rank, string Name, Score Score)> rows)
    {
        page.Append("<table><tr><th>").Append(E(label)).Append("</th><th>排名 Rank</th><th>应完成 Due</th><th>按期 On time</th><th>延期后完成 After extension</th>")
            .Append("<th>逾期完成 Late</th><th>逾期未完成 Overdue</th><th>未到期 Open</th><th>按期率 On-time rate</th><th>应报月调度 Reports due</th>")
            .Append("<th>按时报送 On time</th><th>迟报 Late</th><th>未报 Missing</th><th>催办单 Notices</th><th>已签收 Acknowledged</th></tr>");
        foreach (var (rank, name, s) in rows)
        {
            page.Append("<tr><td>").Append(E(name)).Append("</td>");
            foreach (var value in new object[]
                     {
                         rank, s.MilestonesDue, s.OnTime, s.AfterExtension, s.Late, s.Overdue, s.Open,
                         s.OnTimeRate is { } rate ? rate.ToString("P1", CultureInfo.InvariantCulture) : "—",
                         s.ReportsDue, s.ReportsOnTime, s.ReportsLate, s.ReportsMissing, s.NoticesIssued, s.NoticesAcknowledged,
                     })
            {
                page.Append("<td>").Append(E(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)).Append("</td>");
            }

            page.Append("</tr>");
        }

        page.Append("</table>");
    }

    private static string E(string text) => Html.Encode(text);
}
