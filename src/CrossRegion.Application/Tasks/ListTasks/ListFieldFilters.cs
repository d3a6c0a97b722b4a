using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>
/// A filter by one of a list type's own columns, checked against the type's definitions: the column must exist and be
/// filterable, a choice's value one of its options (a printed name reads as its code), a range's ends numbers.
/// </summary>
internal sealed record ListFieldFilter(string Key, string? Text, decimal? AtLeast, decimal? AtMost)
{
    public const string GreaterOrEqual = ".gte";
    public const string LessOrEqual = ".lte";

    public static async Task<IReadOnlyList<ListFieldFilter>> ParseAsync(
        IAppDbContext db, ICurrentUser caller, string listType, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.VisibleTo(caller).Select(p => p.Code);
        var types = await db.ListTypes.AsNoTracking().Where(l => l.Code == listType && programmes.Contains(l.ProgrammeCode)).ToListAsync(cancellationToken);
        var columns = types.SelectMany(t => t.Fields.Where(f => f.Filterable).Select(f => (Type: t, Column: f))).DistinctBy(x => x.Column.Key).ToList();
        var failures = new List<ValidationFailure>();
        var filters = new Dictionary<string, ListFieldFilter>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var key = name.EndsWith(GreaterOrEqual, StringComparison.Ordinal) || name.EndsWith(LessOrEqual, StringComparison.Ordinal) ? name[..^4] : name;
            var match = columns.Find(c => c.Column.Key == key);
            if (match.Column is null)
            {
                failures.Add(new ValidationFailure($"field.{name}", Localized.Text(
                    $"{listType} 没有可筛选的列“{key}”；可用：{string.Join("、", columns.Select(c => c.Column.Key))}。",
                    $"{listType} has no filterable column '{key}'; it has {string.Join(", ", columns.Select(c => c.Column.Key))}.")));
                continue;
            }

            var current = filters.GetValueOrDefault(key) ?? new ListFieldFilter(key, null, null, null);
            if (match.Column.Kind == ListColumnKind.Number)
            {
                if (key == name || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var bound))
                {
                    failures.Add(new ValidationFailure($"field.{name}", Localized.Text(
                        $"数值列按范围筛选：field.{key}.gte / field.{key}.lte = 数字。", $"A number column filters by range: field.{key}.gte / field.{key}.lte = a number.")));
                    continue;
                }

                filters[key] = name.EndsWith(GreaterOrEqual, StringComparison.Ordinal) ? current with { AtLeast = bound } : current with { AtMost = bound };
                continue;
            }

            try
            {
                var (text, _) = match.Type.Normalise(key, value);
                filters[key] = current with { Text = text ?? value.Trim() };
            }
            catch (DomainRuleException rule)
            {
                failures.Add(new ValidationFailure($"field.{name}", Localized.Text(rule.MessageZh ?? rule.Message, rule.Message)));
            }
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : filters.Values.ToList();
    }

    public IQueryable<CoordinatedTask> Apply(IQueryable<CoordinatedTask> query)
    {
        var (key, text, least, most) = (Key, Text, AtLeast, AtMost);
        if (text is not null)
        {
            query = query.Where(t => t.Fields.Any(f => f.Key == key && f.Text == text));
        }

        if (least is not null)
        {
            query = query.Where(t => t.Fields.Any(f => f.Key == key && f.Number >= least));
        }

        return most is null ? query : query.Where(t => t.Fields.Any(f => f.Key == key && f.Number <= most));
    }
}
