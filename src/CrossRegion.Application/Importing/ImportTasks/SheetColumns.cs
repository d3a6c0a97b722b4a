using System.Globalization;
using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Where the annex columns are: 序号, 项目名称, 建设时限, 主要内容, 年度目标任务 (or "2023年目标任务", which also gives
/// the year), 责任单位, 备注; optionally 编号 (the task key), 英文名称 (English working name) and 类别 (pillar).
/// </summary>
internal sealed partial class SheetColumns
{
    private static readonly string[] Required = ["序号", "项目名称", "建设时限", "主要内容", "责任单位"];

    private readonly Dictionary<string, int> _index;

    private SheetColumns(Dictionary<string, int> index, int? targetYear)
    {
        _index = index;
        TargetYear = targetYear;
    }

    /// <summary>The year named in the target column's header ("2023年目标任务"), if any.</summary>
    public int? TargetYear { get; }

    public static SheetColumns Of(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int? year = null;
        for (var i = 0; i < header.Count; i++)
        {
            var name = WhiteSpace().Replace(header[i], string.Empty);
            var target = TargetHeader().Match(name);
            if (target.Success)
            {
                year = target.Groups[1].Success ? int.Parse(target.Groups[1].Value, CultureInfo.InvariantCulture) : null;
                name = "年度目标任务";
            }

            index.TryAdd(name, i);
        }

        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        return missing.Count == 0 ? new SheetColumns(index, year) : throw new BadRequestException("csv_columns", Localized.Text(
            $"CSV 缺少列：{string.Join("、", missing)}。", $"The CSV lacks the columns {string.Join(", ", missing)}."));
    }

    /// <summary>
    /// The trimmed cell of a column, empty when the column or the cell is absent; a cell our export neutralised
    /// against formula injection reads as it was stored.
    /// </summary>
    public string Cell(IReadOnlyList<string> cells, string column) =>
        _index.TryGetValue(column, out var i) && i < cells.Count ? CsvCells.Restore(cells[i].Trim()) : string.Empty;

    // "建设\n时限" in a spreadsheet header is 建设时限.
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?:(\d{4})年|年度)目标任务$")]
    private static partial Regex TargetHeader();
}
