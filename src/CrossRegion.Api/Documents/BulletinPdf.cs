using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;

namespace CrossRegion.Api.Documents;

/// <summary>
/// 季通报 as a PDF on A4 landscape, set server-side: the title and generation time (Beijing), the on-time rate of each
/// city as bars, the cities' table (15 columns), overdue items by programme, the units' table, the overdue items, and
/// the audit checkpoint; pages numbered.
/// </summary>
internal static class BulletinPdf
{
    private static readonly XColor Blue = XColor.FromArgb(0x1F, 0x5F, 0xBF);
    private static readonly XColor Orange = XColor.FromArgb(0xD4, 0x6B, 0x08);

    public static byte[] Render(BulletinSheet sheet)
    {
        using var paper = new PaperWriter(sheet.Title, PageOrientation.Landscape, marginTop: 40, marginBottom: 40, marginLeft: 36, marginRight: 36);
        var (content, bulletin) = (sheet.Content, sheet.Bulletin);
        paper.Paragraph(sheet.Title, PaperWriter.Font(18, bold: true), XStringAlignment.Center, lineFactor: 1.5);
        paper.Paragraph(
            $"统计期 {NoticeSheet.Date(content.From)}—{NoticeSheet.Date(content.Through)}　截至 {NoticeSheet.Date(content.AsOf)}　第 {bulletin.Version} 版　生成于 {sheet.GeneratedAtZh}",
            PaperWriter.Font(10), XStringAlignment.Center, lineFactor: 1.6);
        paper.Y += 6;

        Heading(paper, "一、各地区按期率（赛马比拼）");
        paper.Bars(content.Jurisdictions.Select(j => (j.NameZh, (double)(j.Score.OnTimeRate ?? 0), BulletinSheet.Rate(j.Score.OnTimeRate))).ToList(), Blue);
        paper.Y += 4;
        var scores = BulletinSheet.ScoreColumns.Select(c => c.Zh).ToList();
        var numbers = Enumerable.Range(1, 14).ToHashSet();
        paper.Table(["地区", "排名", .. scores], content.Jurisdictions.Select(j => BulletinSheet.Row(j.NameZh, j.Rank, j.Score)), [2.2, .. Enumerable.Repeat(1.0, 14)], 8, numbers);

        Heading(paper, "二、逾期未完成事项按规划");
        var byProgramme = sheet.OverdueByProgramme;
        if (byProgramme.Count == 0)
        {
            paper.Paragraph("本期无逾期未完成事项。", PaperWriter.Font(10));
        }
        else
        {
            paper.Bars(byProgramme.Select(p => (p.NameZh, (double)p.Count, $"{p.Count} 项")).ToList(), Orange, labelWidth: 240);
        }

        Heading(paper, "三、各责任单位");
        paper.Table(
            ["责任单位", "地区", "排名", .. scores],
            content.Departments.Select(d => (string?[])[d.NameZh, d.Jurisdiction, .. BulletinSheet.Row(null, d.Rank, d.Score)[1..]]),
            [3.4, 0.8, .. Enumerable.Repeat(1.0, 14)], 7.5, Enumerable.Range(2, 14).ToHashSet());

        // Sections four on are numbered as they appear: asks, task forces and 要素 requests only where the bulletin counted them.
        var section = 4;
        if (sheet.Asks.Count > 0)
        {
            Heading(paper, $"{Numeral(section++)}、争取上级支持事项");
            paper.Table(["地区", .. BulletinSheet.AskColumns.Select(c => c.Zh)], sheet.Asks.Select(a => BulletinSheet.AskRow(a.NameZh, a)), [2.2, 1, 1, 1, 1, 1], 8, Enumerable.Range(1, 5).ToHashSet());
        }

        if (sheet.TaskForces.Count > 0)
        {
            Heading(paper, $"{Numeral(section++)}、专项工作组（专班）");
            paper.Table(["专班", .. BulletinSheet.TaskForceColumns.Select(c => c.Zh)], sheet.TaskForces.Select(BulletinSheet.TaskForceRow), [3, 1, 1, 1, 1, 1], 8, Enumerable.Range(1, 5).ToHashSet());
        }

        if (sheet.Factors.Count > 0)
        {
            Heading(paper, $"{Numeral(section++)}、要素保障需求");
            paper.Table(["地区", .. BulletinSheet.FactorColumns.Select(c => c.Zh)], sheet.Factors.Select(BulletinSheet.FactorRow), [2.2, 1, 1, 1, 1, 1, 1], 8, Enumerable.Range(1, 6).ToHashSet());
        }

        Heading(paper, $"{Numeral(section)}、逾期未完成事项");
        paper.Table(
            ["任务编号", "任务名称", "节点", "地区", "责任单位", "应完成日期", "逾期天数"],
            content.OverdueItems.Select(i => (string?[])
            [
                i.TaskKey, i.TaskTitleZh, i.Milestone, i.Jurisdiction, string.Join("、", i.Departments),
                i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.DaysOverdue.ToString(CultureInfo.InvariantCulture),
            ]),
            [1.4, 3, 3, 0.7, 2.6, 1.1, 0.8], 8, new HashSet<int> { 6 });

        if (content.AuditCheckpoint is { } head)
        {
            paper.Y += 8;
            paper.Paragraph($"审计链检查点：#{head.Sequence} {head.Hash}　签章 {head.Seal}", PaperWriter.Font(7), color: XColors.Gray, lineFactor: 1.4);
        }

        paper.NumberPages($"{sheet.Title}　");
        return paper.ToArray();
    }

    /// <summary>The section numerals a bulletin can reach (一 … 六).</summary>
    private static string Numeral(int section) => "一二三四五六七八九"[section - 1].ToString();

    private static void Heading(PaperWriter paper, string text)
    {
        paper.Reserve(60);
        paper.Y += 8;
        paper.Paragraph(text, PaperWriter.Font(12, bold: true), lineFactor: 1.6);
    }
}
