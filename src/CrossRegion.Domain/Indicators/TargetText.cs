using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossRegion.Domain.Indicators;

/// <summary>
/// A target as the tables write it: "6.5以上", "103以内", "0.035以下", "8左右", "7.4", "较2022年提升0.2个百分点",
/// "稳定保持II类", "上级下达任务", "重庆下达".
/// </summary>
public static partial class TargetText
{
    public static (TargetKind Kind, decimal? Value, int? ReferenceYear) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var written = text.Trim();
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
            var kind = figure.Groups["bound"].Value switch
            {
                "以内" or "以下" or "≤" => TargetKind.AtMost,
                "左右" => TargetKind.About,
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

    [GeneratedRegex(@"^较(?<year>\d{4})年(?<way>提升|提高|增加|下降|降低)\s*(?<value>\d+(?:\.\d+)?)\s*(?:个百分点|%|％)?$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:≥|≤)?\s*(?<value>\d+(?:\.\d+)?)\s*(?<bound>以上|以内|以下|左右)?$")]
    private static partial Regex Figure();
}
