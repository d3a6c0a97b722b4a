using System.Globalization;
using System.Text;
using CrossRegion.Api.WebConsole;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.ExportLedger;

namespace CrossRegion.Api.Exports;

/// <summary>
/// The ledger in the annex's layout, as CSV (UTF-8 with BOM, cells that a spreadsheet would run as formulas
/// neutralised — the import undoes that) and as XLSX. The annex's columns keep their Chinese headers, so the CSV goes
/// back through the import (with key_prefix: its keys are in 台账编号, which the import does not read).
/// </summary>
internal static class LedgerSheet
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> Header(int year) =>
        ["序号", "项目名称", "英文名称", "类别", "建设时限", "主要内容", $"{year}年目标任务", "责任单位", "备注", "台账编号", "状态", "下一节点", "是否逾期"];

    public static IEnumerable<string?[]> Rows(LedgerSheetDto sheet) => sheet.Rows.Select((row, i) => new[]
    {
        (i + 1).ToString(CultureInfo.InvariantCulture),
        row.TitleZh,
        row.TitleEn,
        row.CategoryZh,
        row.PeriodText,
        row.MainContent,
        string.Join('\n', row.Targets),

        // One city's units per line, as the annex writes them and the import reads them.
        string.Join('\n', row.Units.Select(units => string.Join('、', units))),
        row.Remarks,
        row.Key,
        Labels.Of(row.Light),
        row.NextDueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.Overdue ? Lang.Of("是", "yes") : Lang.Of("否", "no"),
    });

    public static byte[] Csv(LedgerSheetDto sheet) => Csv(Header(sheet.Year), Rows(sheet));

    /// <summary>UTF-8 with a BOM (a spreadsheet opens it as such), formula-like cells neutralised: the ledger's and a list's export.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        var csv = new StringBuilder("\uFEFF").Append(CsvCells.Line(header));
        foreach (var row in rows)
        {
            csv.Append(CsvCells.Line(row));
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Xlsx(LedgerSheetDto sheet)
    {
        using var output = new MemoryStream();
        XlsxWriter.Write(output, Lang.Of("动态台账", "Ledger"), Header(sheet.Year), Rows(sheet), [6, 30, 30, 14, 12, 48, 40, 30, 16, 16, 8, 12, 8]);
        return output.ToArray();
    }

    public static string FileName(string extension) => $"crossregion-ledger.{extension}";
}
