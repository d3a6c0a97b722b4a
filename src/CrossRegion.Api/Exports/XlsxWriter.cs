using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CrossRegion.Api.Exports;

/// <summary>
/// One worksheet of text: a bold header row frozen at the top, wrapped cells, the given column widths. Text is written
/// as inline strings: a cell is never a formula, whatever it starts with.
/// </summary>
internal static class XlsxWriter
{
    private const uint HeaderStyle = 1;
    private const uint BodyStyle = 2;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<string?[]> rows, IReadOnlyList<double> widths) =>
        Write(output, [new XlsxSheet(sheetName, header, rows, widths)]);

    /// <summary>A workbook of several worksheets, in order.</summary>
    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var list = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(worksheet, sheet);
            list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = id++, Name = sheet.Name });
        }

        workbook.Workbook.AppendChild(list);
        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart worksheet, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(worksheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < sheet.Widths.Count; i++)
        {
            writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = sheet.Widths[i], CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Header, HeaderStyle, null);
        uint number = 2;
        foreach (var row in sheet.Rows)
        {
            WriteRow(writer, number++, row, BodyStyle, sheet.NumericColumns);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{Column(sheet.Header.Count)}{Math.Max(1, number - 1)}" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint number, IReadOnlyList<string?> cells, uint style, IReadOnlySet<int>? numeric)
    {
        writer.WriteStartElement(new Row { RowIndex = number });
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
            {
                continue;
            }

            var reference = $"{Column(i + 1)}{number}";
            if (numeric?.Contains(i) == true && double.TryParse(cells[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                writer.WriteElement(new Cell(new CellValue(cells[i]!)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style });
                continue;
            }

            writer.WriteElement(new Cell(new InlineString(new Text(cells[i]!) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }

        writer.WriteEndElement();
    }

    // 1 → A, 27 → AA.
    private static string Column(int index)
    {
        var name = string.Empty;
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
                {
                    FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
                },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));
        styles.Stylesheet.Save();
    }
}

/// <summary>One worksheet: its name, header, rows and column widths; cells of <see cref="NumericColumns"/> that are numbers are written as numbers.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<string?[]> Rows, IReadOnlyList<double> Widths, IReadOnlySet<int>? NumericColumns = null);
