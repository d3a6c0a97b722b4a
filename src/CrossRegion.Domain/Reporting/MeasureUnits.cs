using System.Collections.Frozen;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// The units the ledger's measures are written in, grouped by what they measure. A value reported in one unit of a
/// family converts to any other unit of the same family (2,000 万元 = 0.2 亿元); units of different families never do.
/// </summary>
public static class MeasureUnits
{
    private static readonly FrozenDictionary<string, (string Family, decimal Factor)> Units = new Dictionary<string, (string, decimal)>(StringComparer.OrdinalIgnoreCase)
    {
        ["元"] = ("money", 1m), ["万元"] = ("money", 10_000m), ["亿元"] = ("money", 100_000_000m),
        ["%"] = ("percent", 1m), ["％"] = ("percent", 1m),
        ["米"] = ("length", 1m), ["m"] = ("length", 1m), ["公里"] = ("length", 1_000m), ["千米"] = ("length", 1_000m), ["km"] = ("length", 1_000m),
        ["吨"] = ("mass", 1m), ["t"] = ("mass", 1m), ["万吨"] = ("mass", 10_000m), ["亿吨"] = ("mass", 100_000_000m),
        ["方"] = ("volume", 1m), ["立方米"] = ("volume", 1m), ["m³"] = ("volume", 1m), ["万方"] = ("volume", 10_000m), ["亿方"] = ("volume", 100_000_000m),
        ["亩"] = ("area", 1m), ["万亩"] = ("area", 10_000m),
        ["标箱"] = ("teu", 1m), ["TEU"] = ("teu", 1m), ["万标箱"] = ("teu", 10_000m),
        ["人次"] = ("visits", 1m), ["万人次"] = ("visits", 10_000m),
        ["次"] = ("times", 1m), ["项"] = ("items", 1m), ["个"] = ("pieces", 1m), ["家"] = ("organisations", 1m),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string unit) => Units.ContainsKey(unit.Trim());

    /// <summary>
    /// Converts <paramref name="value"/> from one unit to another of the same family; false when either unit is
    /// unknown or they measure different things. Units the table does not know convert only to themselves.
    /// </summary>
    public static bool TryConvert(decimal value, string from, string to, out decimal converted)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        converted = 0m;
        if (string.Equals(from.Trim(), to.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            converted = value;
            return true;
        }

        if (!Units.TryGetValue(from.Trim(), out var source) || !Units.TryGetValue(to.Trim(), out var target) || source.Family != target.Family)
        {
            return false;
        }

        converted = decimal.Round(value * source.Factor / target.Factor, 6, MidpointRounding.ToEven);
        return true;
    }
}
