using System.Globalization;
using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Indicators;

namespace CrossRegion.Application.Indicators.Common;

/// <summary>
/// Reads a year's indicator table as the plans print it (序号, 指标名称, {year}年目标, 完成情况; optionally 英文名称): a
/// name ends with its unit in brackets ("地区生产总值增速（%）") and a star for a binding indicator ("空气质量优良天数（天）*");
/// a "#" row is a sub-indicator of the numbered row above it; an actual of "市级暂未反馈" is not in yet. A 指标属性 column
/// (约束性 / 预期性), where the table has one, says the attribute instead of the star; a 判定 column gives the direction a
/// figure's words leave open ("2.1:1"). An indicator the programme already has (by name) gets the year's target and
/// actual; a new one takes the programme's code and its row (or, when a first year's row has that code, the year too:
/// WZPLAN-2024-03), a sub-indicator its parent's code and its place under it. Answers the indicators it created.
/// </summary>
public static partial class IndicatorTable
{
    public const string NotYetReported = "暂未反馈";

    public static IReadOnlyList<Indicator> Read(
        TaskSheet sheet, string programme, int year, IReadOnlyCollection<string> owners, IReadOnlyList<Indicator> existing, string by, DateTimeOffset at,
        bool sumsCities = false)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(owners);
        var header = sheet.Header.Select(h => h.Trim()).ToList();
        int At(string name) => header.FindIndex(h => h.Contains(name, StringComparison.Ordinal));
        var (number, name, english, target, actual, attribute, judged) = (At("序号"), At("指标名称"), At("英文名称"), At("目标"), At("完成情况"), At("指标属性"), At("判定"));
        if (number < 0 || name < 0 || target < 0)
        {
            throw new InvalidOperationException("An indicator table needs the columns 序号, 指标名称 and the year's 目标.");
        }

        string Cell(SheetRow row, int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : string.Empty;
        var indicators = new List<Indicator>();
        var period = year.ToString(CultureInfo.InvariantCulture);
        Indicator? parent = null;
        var order = 0;
        foreach (var row in sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
        {
            order++;
            var position = Cell(row, number);
            var (nameZh, unit, starred) = Name(Cell(row, name).TrimStart('#'));
            var binding = attribute >= 0 ? Cell(row, attribute) == "约束性" : starred;
            var sub = position == "#";
            var known = existing.Concat(indicators).ToList();
            var indicator = known.FirstOrDefault(i => i.ProgrammeCode == programme && i.NameZh == nameZh);
            if (indicator is null)
            {
                var code = sub
                    ? Free(known, k => $"{parent!.Code}-{k}")
                    : Free(known, k => k == 1
                        ? $"{programme}-{int.Parse(position, CultureInfo.InvariantCulture):00}"
                        : $"{programme}-{year}-{int.Parse(position, CultureInfo.InvariantCulture):00}");
                indicator = Indicator.Create(
                    code, programme, nameZh, NullIfEmpty(Cell(row, english)), unit, binding ? IndicatorAttribute.Binding : IndicatorAttribute.Expected,
                    IndicatorFrequency.Yearly, owners, sub ? parent : null, sumsCities, at);
            }

            indicator.SetTarget(year, position, order, Cell(row, target), judgedAs: Comparator(Cell(row, judged)));
            if (NullIfEmpty(Cell(row, actual)) is { } reported)
            {
                foreach (var owner in owners)
                {
                    indicator.Report(owner, period, reported, null, reported.Contains(NotYetReported, StringComparison.Ordinal), null, by, at);
                }
            }

            if (!sub)
            {
                parent = indicator;
            }

            if (!existing.Contains(indicator))
            {
                indicators.Add(indicator);
            }
        }

        return indicators;
    }

    /// <summary>The 判定 column, where the words leave the direction open: 以上, 以内 (以下) or 左右.</summary>
    public static TargetKind? Comparator(string written) => written switch
    {
        "" => null,
        "以上" => TargetKind.AtLeast,
        "以内" or "以下" => TargetKind.AtMost,
        "左右" => TargetKind.About,
        _ => throw new InvalidOperationException($"判定 must be 以上, 以内 or 左右, not '{written}'."),
    };

    // The first of code(1), code(2), … that no indicator of the programme has yet.
    private static string Free(IReadOnlyList<Indicator> known, Func<int, string> code) =>
        Enumerable.Range(1, 99).Select(code).First(c => known.All(i => i.Code != c));

    /// <summary>"地区生产总值增速（%）" → (地区生产总值增速, %, expected); "长江干流水质*" → (长江干流水质, none, binding).</summary>
    public static (string Name, string? Unit, bool Binding) Name(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var text = printed.Trim();
        var binding = text.EndsWith('*');
        text = text.TrimEnd('*').Trim();
        var match = WithUnit().Match(text);
        return match.Success ? (match.Groups["name"].Value.Trim(), match.Groups["unit"].Value.Trim(), binding) : (text, null, binding);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^(?<name>.+?)[（(](?<unit>[^（()）]+)[）)]$")]
    private static partial Regex WithUnit();
}
