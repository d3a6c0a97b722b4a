using System.Text.RegularExpressions;
using CrossRegion.Domain.Departments;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Reads a 责任单位 cell the way the annex writes it: one line per city, units separated by 、 and later units of a
/// line abbreviated ("万州区发展改革委、区交通局" names 万州区交通局; a Dazhou line's "东部经开区" is 达州东部经开区). Units are matched to existing departments by
/// name or code; nothing is created, and what does not match is reported.
/// </summary>
internal sealed partial class UnitMatcher(IReadOnlyList<Department> departments)
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["WZ"] = "万州", ["DZ"] = "达州", ["KZ"] = "开州", ["YY"] = "云阳",
    };

    public (Dictionary<string, List<Department>> ByJurisdiction, List<string> Unknown) Match(string cell)
    {
        var byJurisdiction = new Dictionary<string, List<Department>>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var line in LineSeparators().Split(cell).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            string? context = null;
            foreach (var name in NameSeparators().Split(line).Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                context ??= Prefixes.FirstOrDefault(p => name.StartsWith(p.Value, StringComparison.Ordinal)).Key;
                var department = Find(name) ?? (context is not null ? Find(Prefixes[context] + name) : null);
                if (department is null)
                {
                    unknown.Add(name);
                    continue;
                }

                context ??= department.JurisdictionCode;
                if (!byJurisdiction.TryGetValue(department.JurisdictionCode, out var list))
                {
                    byJurisdiction[department.JurisdictionCode] = list = [];
                }

                list.Add(department);
            }
        }

        return (byJurisdiction, unknown);
    }

    private Department? Find(string name) =>
        departments.FirstOrDefault(d => d.NameZh == name || string.Equals(d.Code, name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[\r\n；;]+")]
    private static partial Regex LineSeparators();

    [GeneratedRegex(@"[、，,]+")]
    private static partial Regex NameSeparators();
}
