using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CrossRegion.Api.Documents;

/// <summary>
/// Sets text on A4 pages top to bottom, the way Chinese is set: lines break between any two characters, except that
/// closing punctuation (，。、）” …) never starts a line; a new page when the current one is full.
/// </summary>
internal sealed partial class PaperWriter : IDisposable
{
    public static readonly XColor Red = XColor.FromArgb(0xD4, 0x00, 0x00);

    private const string NoLineStart = "，。、；：！？）》」』”’〕】…％,.;:!?)]%";

    private const string NoLineEnd = "（《「『“‘〔【(［";

    private readonly PdfDocument _document = new();
    private readonly PageOrientation _orientation;
    private XGraphics _graphics = null!;
    private bool _closed;

    public PaperWriter(string title, PageOrientation orientation = PageOrientation.Portrait, double marginTop = 100, double marginBottom = 90, double marginLeft = 79, double marginRight = 74)
    {
        DocumentFonts.Register();
        _orientation = orientation;
        (MarginTop, MarginBottom, MarginLeft, MarginRight) = (marginTop, marginBottom, marginLeft, marginRight);
        _document.Info.Title = title;
        _document.Info.Creator = "CrossRegion";
        NewPage();
    }

    public double MarginTop { get; }
    public double MarginBottom { get; }
    public double MarginLeft { get; }
    public double MarginRight { get; }
    public double Y { get; set; }
    public double PageWidth { get; private set; }
    public double PageHeight { get; private set; }
    public double Width => PageWidth - MarginLeft - MarginRight;
    public XGraphics Graphics => _graphics;

    public static XFont Font(double size, bool bold = false) =>
        new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = _orientation;
        PageWidth = page.Width.Point;
        PageHeight = page.Height.Point;
        _graphics = XGraphics.FromPdfPage(page);
        Y = MarginTop;
    }

    /// <summary>Makes room for <paramref name="height"/> points, on a new page when this one cannot hold them.</summary>
    public void Reserve(double height)
    {
        if (Y + height > PageHeight - MarginBottom)
        {
            NewPage();
        }
    }

    /// <summary>A paragraph in the text block: wrapped, aligned, with a first-line indent in characters.</summary>
    public void Paragraph(string text, XFont font, XStringAlignment alignment = XStringAlignment.Near, double indentChars = 0, XColor? color = null, double lineFactor = 1.6, double? left = null, double? width = null)
    {
        var (x, w) = (left ?? MarginLeft, width ?? Width);
        var brush = new XSolidBrush(color ?? XColors.Black);
        var lineHeight = font.Size * lineFactor;
        var lines = Wrap(text, font, w, indentChars * font.Size);
        for (var i = 0; i < lines.Count; i++)
        {
            Reserve(lineHeight);
            var indent = i == 0 ? indentChars * font.Size : 0;
            var format = new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Near };
            _graphics.DrawString(lines[i], font, brush, new XRect(x + indent, Y + ((lineHeight - font.Size) / 2), w - indent, font.Size * 1.3), format);
            Y += lineHeight;
        }
    }

    /// <summary>
    /// The lines a text takes in a width: breaks between characters, but not inside a Latin word or number (a task key,
    /// a date) unless it is longer than a line, and never before closing punctuation.
    /// </summary>
    public List<string> Wrap(string text, XFont font, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var (line, available) = (string.Empty, width - (lines.Count == 0 ? firstIndent : 0));
            foreach (var token in Tokens(paragraph))
            {
                var next = line + token;
                var fits = _graphics.MeasureString(next, font).Width <= available;
                if (!fits && line.Length > 0)
                {
                    if (NoLineStart.Contains(token[0]))
                    {
                        // Closing punctuation never starts a line: the character before it comes down with it, and
                        // any closing marks between them (after a Latin word, which is not split, or a surrogate pair,
                        // the mark stays at the end of the full line instead).
                        var back = 1;
                        while (back < line.Length && NoLineStart.Contains(line[^back]))
                        {
                            back++;
                        }

                        if (back < line.Length && !char.IsAsciiLetterOrDigit(line[^back]) && !char.IsSurrogate(line[^back]))
                        {
                            lines.Add(line[..^back]);
                            (line, available) = (line[^back..], width);
                        }

                        line += token;
                        continue;
                    }

                    // An opening bracket or quote goes down with what it opens.
                    var carried = line.Length > 1 && NoLineEnd.Contains(line[^1]) ? line[^1..] : string.Empty;
                    lines.Add(line[..^carried.Length]);
                    (line, available) = (string.Empty, width);
                    next = carried + token;
                    fits = _graphics.MeasureString(next, font).Width <= available;
                }

                if (fits || next.Length == 1)
                {
                    line = next;
                    continue;
                }

                // A word longer than a line, on a line of its own: broken where the line ends.
                foreach (var rune in next.EnumerateRunes())
                {
                    if (line.Length > 0 && _graphics.MeasureString(line + rune, font).Width > available)
                    {
                        lines.Add(line);
                        (line, available) = (string.Empty, width);
                    }

                    line += rune;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<string> Tokens(string text) =>
        Word().Matches(text).Select(m => m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9\-_./:]*|[\uD800-\uDBFF][\uDC00-\uDFFF]|.", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Word();

    /// <summary>
    /// A table across the text block: a shaded header row (repeated on each new page), each cell wrapped in its column;
    /// <paramref name="widths"/> are shares of the width, <paramref name="right"/> the columns set flush right (numbers).
    /// </summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<string?[]> rows, IReadOnlyList<double> widths, double fontSize, IReadOnlySet<int>? right = null)
    {
        var (font, bold) = (Font(fontSize), Font(fontSize, bold: true));
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        var pen = new XPen(XColors.Black, 0.5);
        const double padding = 3;
        var lineHeight = fontSize * 1.35;

        void Row(IReadOnlyList<string?> cells, XFont face, XBrush? fill, bool isHeader)
        {
            var lines = cells.Select((cell, i) => Wrap(cell ?? string.Empty, face, columns[i] - (2 * padding))).ToList();
            var height = (lines.Max(l => l.Count) * lineHeight) + (2 * padding);
            if (Y + height > PageHeight - MarginBottom)
            {
                NewPage();
                if (!isHeader)
                {
                    Row(header, bold, HeaderFill, true);
                }
            }

            var x = MarginLeft;
            for (var i = 0; i < cells.Count; i++)
            {
                if (fill is not null)
                {
                    _graphics.DrawRectangle(fill, x, Y, columns[i], height);
                }

                _graphics.DrawRectangle(pen, x, Y, columns[i], height);
                var alignment = isHeader ? XStringAlignment.Center : right?.Contains(i) == true ? XStringAlignment.Far : XStringAlignment.Near;
                for (var l = 0; l < lines[i].Count; l++)
                {
                    _graphics.DrawString(
                        lines[i][l], face, XBrushes.Black, new XRect(x + padding, Y + padding + (l * lineHeight), columns[i] - (2 * padding), lineHeight),
                        new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Center });
                }

                x += columns[i];
            }

            Y += height;
        }

        Reserve(lineHeight * 3);
        Row(header, bold, HeaderFill, true);
        foreach (var row in rows)
        {
            Row(row, font, null, false);
        }
    }

    /// <summary>A horizontal bar chart: a label, a bar in proportion to the largest value, and the value's text.</summary>
    public void Bars(IReadOnlyList<(string Label, double Value, string Text)> bars, XColor color, double fontSize = 9, double labelWidth = 150)
    {
        var font = Font(fontSize);
        var barHeight = fontSize * 1.4;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        var area = Width - labelWidth - 60;
        var brush = new XSolidBrush(color);
        foreach (var (label, value, text) in bars)
        {
            Reserve(barHeight + 4);
            _graphics.DrawString(label, font, XBrushes.Black, new XRect(MarginLeft, Y, labelWidth - 6, barHeight), new XStringFormat { Alignment = XStringAlignment.Far, LineAlignment = XLineAlignment.Center });
            var length = Math.Max(0, value / max * area);
            _graphics.DrawRectangle(brush, MarginLeft + labelWidth, Y + 2, length, barHeight - 4);
            _graphics.DrawString(text, font, XBrushes.Black, new XRect(MarginLeft + labelWidth + length + 4, Y, 56, barHeight), new XStringFormat { Alignment = XStringAlignment.Near, LineAlignment = XLineAlignment.Center });
            Y += barHeight + 4;
        }
    }

    /// <summary>第 n 页 / 共 N 页 at the foot of every page.</summary>
    public void NumberPages(string prefix)
    {
        Close();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var page = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            page.DrawString(
                $"{prefix}第 {i + 1} 页，共 {count} 页", Font(8), XBrushes.Gray,
                new XPoint(PageWidth / 2, PageHeight - (MarginBottom / 2)), XStringFormats.BaseLineCenter);
        }
    }

    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xEE, 0xEE, 0xEE));

    public byte[] ToArray()
    {
        Close();
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        Close();
        _document.Dispose();
    }

    // The last page's content stream is complete only once its graphics are disposed; nothing is drawn after that.
    private void Close()
    {
        if (!_closed)
        {
            _graphics.Dispose();
            _closed = true;
        }
    }
}
