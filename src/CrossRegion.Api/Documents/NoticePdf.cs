using PdfSharp.Drawing;

namespace CrossRegion.Api.Documents;

/// <summary>
/// The 催办单 as a PDF, set on A4 portrait in the manner of GB/T 9704 (党政机关公文格式): the issuing office in red
/// across the top, the 文号 centred above a red rule, the title, 主送, the text with two-character indents, the
/// particulars, and the office and date at the right with room for the seal.
/// </summary>
internal static class NoticePdf
{
    public static byte[] Render(NoticeSheet sheet)
    {
        using var paper = new PaperWriter($"{sheet.Number} {sheet.Title}");
        var g = paper.Graphics;

        // 版头: the office's name in red, as large as fits the line.
        var size = 26.0;
        while (size > 14 && g.MeasureString(sheet.Office, PaperWriter.Font(size, bold: true)).Width > paper.Width)
        {
            size -= 1;
        }

        paper.Paragraph(sheet.Office, PaperWriter.Font(size, bold: true), XStringAlignment.Center, color: PaperWriter.Red, lineFactor: 1.5);
        paper.Y += 10;
        paper.Paragraph(sheet.Number, PaperWriter.Font(14), XStringAlignment.Center, lineFactor: 1.4);
        paper.Y += 4;
        g.DrawLine(new XPen(PaperWriter.Red, 2), paper.MarginLeft, paper.Y, paper.PageWidth - paper.MarginRight, paper.Y);
        paper.Y += 24;

        paper.Paragraph(string.Join(" ", sheet.Title.ToCharArray()), PaperWriter.Font(22, bold: true), XStringAlignment.Center, lineFactor: 1.5);
        paper.Y += 12;

        var body = PaperWriter.Font(14);
        paper.Paragraph(sheet.Addressees, body);
        foreach (var paragraph in sheet.Paragraphs)
        {
            paper.Paragraph(paragraph, body, indentChars: 2);
        }

        paper.Y += 10;
        Particulars(paper, sheet.Particulars);

        // 发文机关署名 and 成文日期 at the right, with the seal's place over them (the circle may reach into the space
        // above the signature, as a seal does, but not into the table): the two lines decide whether a new page is needed.
        paper.Reserve(40 + (2 * body.Size * 1.6));
        paper.Y += 40;
        var signatureWidth = Math.Max(g.MeasureString(sheet.Office, body).Width, g.MeasureString(sheet.IssuedOn, body).Width) + 28;
        var signatureLeft = paper.PageWidth - paper.MarginRight - signatureWidth;
        var sealCentre = new XPoint(signatureLeft + (signatureWidth / 2), paper.Y + 18);
        g.DrawEllipse(new XPen(PaperWriter.Red, 1) { DashStyle = XDashStyle.Dash }, sealCentre.X - 56, sealCentre.Y - 56, 112, 112);
        g.DrawString("（盖章）", PaperWriter.Font(10), new XSolidBrush(XColor.FromArgb(0xB0, 0x60, 0x60)), new XPoint(sealCentre.X, sealCentre.Y + 48), XStringFormats.BaseLineCenter);
        paper.Paragraph(sheet.Office, body, XStringAlignment.Center, left: signatureLeft, width: signatureWidth);
        paper.Paragraph(sheet.IssuedOn, body, XStringAlignment.Center, left: signatureLeft, width: signatureWidth);

        if (sheet.Acknowledgement is { } signed)
        {
            paper.Y += 24;
            paper.Paragraph("签收情况：" + signed, PaperWriter.Font(11), color: XColor.FromArgb(0x40, 0x40, 0x40));
        }

        g.DrawString(
            $"川渝万达开统筹发展协同平台 · 平台编号 {sheet.NoticeId}", PaperWriter.Font(9), new XSolidBrush(XColors.Gray),
            new XPoint(paper.PageWidth / 2, paper.PageHeight - 40), XStringFormats.BaseLineCenter);
        return paper.ToArray();
    }

    private static void Particulars(PaperWriter paper, IReadOnlyList<SheetRow> rows)
    {
        var (font, labelFont) = (PaperWriter.Font(12), PaperWriter.Font(12, bold: true));
        const double labelWidth = 100, padding = 6, lineHeight = 12 * 1.5;
        var pen = new XPen(XColors.Black, 0.6);
        var (left, valueWidth) = (paper.MarginLeft, paper.Width - labelWidth);
        foreach (var row in rows)
        {
            var lines = paper.Wrap(row.Value, font, valueWidth - (2 * padding));
            var height = (lines.Count * lineHeight) + (2 * padding) - 4;
            paper.Reserve(height);
            var top = paper.Y;
            paper.Graphics.DrawRectangle(pen, left, top, labelWidth, height);
            paper.Graphics.DrawRectangle(pen, left + labelWidth, top, valueWidth, height);
            paper.Y = top + padding - 2;
            paper.Paragraph(row.Label, labelFont, XStringAlignment.Center, lineFactor: 1.5, left: left, width: labelWidth);
            paper.Y = top + padding - 2;
            paper.Paragraph(row.Value, font, lineFactor: 1.5, left: left + labelWidth + padding, width: valueWidth - (2 * padding));
            paper.Y = top + height;
        }
    }
}
