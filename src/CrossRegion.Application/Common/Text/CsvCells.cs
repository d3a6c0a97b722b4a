using System.Text;

namespace CrossRegion.Application.Common.Text;

/// <summary>
/// Cells of a CSV that people open in a spreadsheet. Text that starts with =, +, -, @, tab or carriage return is a
/// formula to Excel and WPS ("CSV injection"): every export writes such a cell with a leading apostrophe, so it shows
/// as the text it is. Stored data stays as entered; only the export is neutralised.
/// </summary>
public static class CsvCells
{
    public static string Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;

    /// <summary>
    /// What an export neutralised, as it was: a cell read back from one of our CSVs ('=SUM → =SUM). Only an apostrophe
    /// before a character the export guards is taken off; the text never becomes a formula here, it is only data.
    /// </summary>
    public static string Restore(string value) =>
        value is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? value[1..] : value;

    /// <summary>One line of cells, each neutralised and quoted where it must be (RFC 4180), ending in CRLF.</summary>
    public static string Line(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var line = new StringBuilder();
        foreach (var cell in cells.Select(Neutralise))
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            line.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        return line.Append("\r\n").ToString();
    }
}
