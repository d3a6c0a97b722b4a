using System.Text.RegularExpressions;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Reads a 责任单位 cell the way the official lists write it: one line per city, units separated by 、, and units
/// after the first one of a line abbreviated ("万州区发展改革委、区交通局" names 万州区交通局; a Dazhou line's "东部经开区" is
/// 达州东部经开区). A line's city is that of its first unit named in full, else the import's home city (a city's own plan
/// writes every unit short), else the city of a short name only one city uses. On a city's line a name matches that
/// city's unit by full name, code, catalogue alias (区交通局, 市发展改革委 …) or city-prefixed name; retired units are
/// not matched. Nothing is created, and what does not match is reported.
/// </summary>
internal sealed partial class UnitMatcher
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        [JurisdictionCodes.Wanzhou] = "万州", [JurisdictionCodes.Dazhou] = "达州", [JurisdictionCodes.Kaizhou] = "开州", [JurisdictionCodes.Yunyang] = "云阳",
    };

    private readonly List<Department> _departments;
    private readonly string? _home;

    /// <param name="departments">The catalogue, aliases included.</param>
    /// <param name="home">The city a line belongs to when it names no city (a city's own plan); null for joint lists.</param>
    public UnitMatcher(IEnumerable<Department> departments, string? home = null)
    {
        _departments = departments.Where(d => !d.IsRetired).ToList();
        _home = home;
    }

    public (Dictionary<string, List<Department>> ByJurisdiction, List<string> Unknown) Match(string cell)
    {
        var byJurisdiction = new Dictionary<string, List<Department>>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var line in LineSeparators().Split(cell).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var names = NameSeparators().Split(line).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            var city = CityOf(names);
            foreach (var name in names)
            {
                var department = Find(name, city);
                if (department is null)
                {
                    unknown.Add(name);
                    continue;
                }

                city ??= department.JurisdictionCode;
                if (!byJurisdiction.TryGetValue(department.JurisdictionCode, out var list))
                {
                    byJurisdiction[department.JurisdictionCode] = list = [];
                }

                list.Add(department);
            }
        }

        return (byJurisdiction, unknown);
    }

    private string? CityOf(List<string> names)
    {
        foreach (var name in names)
        {
            var prefixed = Prefixes.FirstOrDefault(p => name.StartsWith(p.Value, StringComparison.Ordinal)).Key;
            if (prefixed is not null)
            {
                return prefixed;
            }

            if (_departments.Find(d => d.NameZh == name || string.Equals(d.Code, name, StringComparison.OrdinalIgnoreCase)) is { } full)
            {
                return full.JurisdictionCode;
            }
        }

        if (_home is not null)
        {
            return _home;
        }

        // A joint line that starts with a short name: take the city only when a single city uses that name.
        var cities = names.Select(n => _departments.Where(d => d.IsNamed(n)).Select(d => d.JurisdictionCode).Distinct().ToList())
            .FirstOrDefault(c => c.Count > 0);
        return cities is [var only] ? only : null;
    }

    private Department? Find(string name, string? city)
    {
        if (city is null)
        {
            var candidates = _departments.Where(d => d.IsNamed(name)).ToList();
            return candidates is [var single] ? single : null;
        }

        var own = _departments.Where(d => d.JurisdictionCode == city).ToList();
        return own.Find(d => d.IsNamed(name))
            ?? own.Find(d => d.NameZh == Prefixes[city] + name)
            ?? _departments.Find(d => d.NameZh == name || string.Equals(d.Code, name, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"[\r\n；;]+")]
    private static partial Regex LineSeparators();

    [GeneratedRegex(@"[、，,]+")]
    private static partial Regex NameSeparators();
}
