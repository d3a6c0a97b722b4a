using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Indicators;

namespace CrossRegion.Application.Indicators.Common;

/// <summary>
/// Reads a year's indicator table as the plans print it (序号, 指标名称, {year}年目标, 完成情况; optionally 英文名称): a
/// name ends with its unit in brackets ("地区生产总值增速（%）") and a star for a binding indicator ("空气质量优良天数（天）*");
/// a "#" row is a sub-indicator of the numbered row above it; an actual of "市级暂未反馈" is not in yet. An indicator the
/// programme already has (by name) gets the year's target and actual; a new one takes the programme's code and its row.
/// </summary>
public static partial class IndicatorTable
{
    public const string NotYetReported = "暂未反馈";

    public static IReadOnlyList<Indicator> Read(
        TaskSheet sheet, string programme, int year, IReadOnlyCollection<string> owners, IReadOnlyList<Indicator> existing, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(owners);
        var header = sheet.Header.Select(h => h.Trim()).ToList();
        int At(string name) => header.FindIndex(h => h.Contains(name, StringComparison.Ordinal));
        var (number, name, english, target, actual) = (At("序号"), At("指标名称"), At("英文名称"), At("目标"), At("完成情况"));
        if (number < 0 || name < 0 || target < 0)
        {
            throw new InvalidOperationException("An indicator table needs the columns 序号, 指标名称 and the year's 目标.");
        }

        string Cell(SheetRow row, int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : string.Empty;
        var indicators = new List<Indicator>();
        Indicator? parent = null;
        var subs = 0;
        var order = 0;
        foreach (var row in sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
        {
            order++;
            var position = Cell(row, number);
            var (nameZh, unit, binding) = Name(Cell(row, name));
            var sub = position == "#";
            subs = sub ? subs + 1 : 0;
            var indicator = existing.Concat(indicators).FirstOrDefault(i => i.ProgrammeCode == programme && i.NameZh == nameZh);
            if (indicator is null)
            {
                var code = sub ? $"{parent!.Code}-{subs}" : $"{programme}-{int.Parse(position, System.Globalization.CultureInfo.InvariantCulture):00}";
                indicator = Indicator.Create(
                    code, programme, nameZh, NullIfEmpty(Cell(row, english)), unit, binding ? IndicatorAttribute.Binding : IndicatorAttribute.Expected,
                    IndicatorFrequency.Yearly, owners, sub ? parent : null, false, at);
            }

            indicator.SetTarget(year, position, order, Cell(row, target));
            if (NullIfEmpty(Cell(row, actual)) is { } reported)
            {
                foreach (var owner in owners)
                {
                    indicator.Report(owner, year.ToString(System.Globalization.CultureInfo.InvariantCulture), reported, reported.Contains(NotYetReported, StringComparison.Ordinal), null, by, at);
                }
            }

            if (!sub)
            {
                parent = indicator;
            }

            indicators.Add(indicator);
        }

        return indicators;
    }

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
