using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossRegion.Domain.Indicators;

/// <summary>
/// A target as the tables write it: "6.5以上", "103以内", "0.035以下", "8左右", "7.4", "较2022年提升0.2个百分点",
/// "稳定保持II类", "上级下达任务", "重庆下达"; a leading comparator ("≥90", "<6", "不低于5"), a star for a planning-period
/// average ("7*左右", "9*") and a ratio to one ("2.1:1", judged on its first term) as the five-year tables print them.
/// An empty cell (a merged cell of the printed table) is <see cref="TargetKind.Unstated"/>.
/// </summary>
public static partial class TargetText
{
    public static (TargetKind Kind, decimal? Value, int? ReferenceYear) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim();
        if (written.Length == 0)
        {
            return (TargetKind.Unstated, null, null);
        }

        if (written.Contains("下达", StringComparison.Ordinal))
        {
            return (TargetKind.SetFromAbove, null, null);
        }

        if (Relative().Match(written) is { Success: true } relative)
        {
            var change = Number(relative.Groups["value"].Value);
            return (TargetKind.RelativeChange, relative.Groups["way"].Value == "下降" ? -change : change, int.Parse(relative.Groups["year"].Value, CultureInfo.InvariantCulture));
        }

        if (Figure().Match(written) is { Success: true } figure)
        {
            var kind = (figure.Groups["lead"].Value, figure.Groups["bound"].Value) switch
            {
                (_, "以内" or "以下") or ("≤" or "<" or "＜" or "<=" or "不高于" or "不超过", _) => TargetKind.AtMost,
                (_, "左右") => TargetKind.About,
                _ => TargetKind.AtLeast,
            };
            return (kind, Number(figure.Groups["value"].Value), null);
        }

        return (TargetKind.Categorical, null, null);
    }

    /// <summary>The figure an actual states, if it states one ("6.9", "15以上", "较2022年提升0.2个百分点" → 0.2).</summary>
    public static decimal? FigureOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim();
        if (Relative().Match(written) is { Success: true } relative)
        {
            var change = Number(relative.Groups["value"].Value);
            return relative.Groups["way"].Value == "下降" ? -change : change;
        }

        return Figure().Match(written) is { Success: true } figure ? Number(figure.Groups["value"].Value) : null;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^较(?<year>\d{4})年(?<way>提升|提高|增加|下降|降低)\s*(?<value>\d+(?:\.\d+)?)\s*(?:个百分点|%|％)?\s*(?:以上)?$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?<lead>≥|≤|>=|<=|<|>|＜|＞|不低于|不高于|不超过)?\s*(?<value>\d+(?:\.\d+)?)\s*\*?\s*(?:[:：]\s*1)?\s*(?<bound>以上|以内|以下|左右)?$")]
    private static partial Regex Figure();
}
