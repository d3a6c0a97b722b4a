using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrossRegion.Infrastructure.Importing;

/// <summary>CSV as spreadsheets save it: comma-separated, quoted cells may hold line breaks (one city's units per line).</summary>
internal sealed class CsvTaskSheetReader : ITaskSheetReader
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = true,
        DetectDelimiterValues = [",", "\t", ";"],
        BadDataFound = null,
        TrimOptions = TrimOptions.Trim,
        IgnoreBlankLines = true,
    };

    public TaskSheet Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, Configuration);
        var rows = new List<SheetRow>();
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new BadRequestException("csv_empty", Localized.Text("CSV 文件为空或缺少表头行。", "The CSV has no header row."));
            }

            while (csv.Read())
            {
                var cells = Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? string.Empty).ToList();
                rows.Add(new SheetRow(csv.Parser.RawRow, cells));
            }

            return new TaskSheet(header.Select(h => h.Trim()).ToList(), rows);
        }
        catch (CsvHelperException e) when (e is not ReaderException { InnerException: BadRequestException })
        {
            var line = e.Context?.Parser?.RawRow ?? 0;
            throw new BadRequestException("csv_malformed", Localized.Text($"CSV 第 {line} 行无法解析。", $"Line {line} of the CSV cannot be read."));
        }
    }
}
