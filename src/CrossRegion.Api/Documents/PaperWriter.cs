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
                if (line.Length > 0 && _graphics.MeasureString(next, font).Width > available && !NoLineStart.Contains(token[0]))
                {
                    // An opening bracket or quote goes down with what it opens.
                    var carried = line.Length > 1 && NoLineEnd.Contains(line[^1]) ? line[^1..] : string.Empty;
                    lines.Add(line[..^carried.Length]);
                    (line, available) = (string.Empty, width);
                    next = carried + token;
                }

                if (_graphics.MeasureString(next, font).Width > available && next.Length > 1)
                {
                    // A word longer than a line: broken where the line ends.
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
                else
                {
                    line = next;
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

    public byte[] ToArray()
    {
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }
}
