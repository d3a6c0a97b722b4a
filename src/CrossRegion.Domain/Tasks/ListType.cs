using System.Globalization;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A list a programme issues for a year (万州区2023年重大项目清单): its type code, names and columns. List types are
/// data, not an enum: the next year may issue other lists (2024 speaks of 四张清单) or change a list's columns, and a
/// list's items keep the layout of the year they were listed in.
/// </summary>
public sealed class ListType
{
    public const int MaxColumns = 32;

    private ListType()
    {
        ProgrammeCode = Code = NameZh = NameEn = string.Empty;
        Columns = [];
    }

    public Guid Id { get; private set; }
    public string ProgrammeCode { get; private set; }
    public int Year { get; private set; }
    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>The category scheme its 所属领域 column reads (the plan's positioning goals, or the joint list's pillars).</summary>
    public string? CategoryScheme { get; private set; }

    /// <summary>Key prefix of its items: WZ2023-XM gives WZ2023-XM-01.</summary>
    public string KeyPrefix { get; private set; } = string.Empty;

    /// <summary>The columns in print order; empty for a list read in the joint annex's layout.</summary>
    public IReadOnlyList<ListColumn> Columns { get; private set; }

    public IEnumerable<ListColumn> Fields => Columns.Where(c => c.IsField);

    public static ListType Create(
        Programme programme, int year, string code, string nameZh, string nameEn, string keyPrefix, string? categoryScheme,
        IReadOnlyList<ListColumn> columns, int sortOrder)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(columns);
        if (year is < 1949 or > 2100)
        {
            throw new DomainRuleException("list_type.year", "清单年度须在 1949 到 2100 之间。", "The list's year must be between 1949 and 2100.");
        }

        var prefix = Guard.Text(keyPrefix, "key_prefix", TaskKey.MaxLength - 6);
        if (!TaskKey.IsValid(prefix + "-01"))
        {
            throw new DomainRuleException("list_type.key_prefix", $"编号前缀“{keyPrefix}”不正确，如 WZ2023-XM。", $"Key prefix '{keyPrefix}' is not valid, e.g. WZ2023-XM.");
        }

        ValidateColumns(columns);
        return new ListType
        {
            Id = Guid.CreateVersion7(),
            ProgrammeCode = programme.Code,
            Year = year,
            Code = ListTypeCodes.Validate(code),
            NameZh = Guard.Text(nameZh, "name_zh", 64),
            NameEn = Guard.Text(nameEn, "name_en", 128),
            KeyPrefix = prefix,
            CategoryScheme = Guard.OptionalText(categoryScheme, "category_scheme", 32),
            Columns = columns.ToList(),
            SortOrder = sortOrder,
        };
    }

    public ListColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>
    /// Checks a field's value against its column and gives what is stored: a choice's code (a printed name or an alias
    /// reads as its code), a number in the column's unit, trimmed text. Null or blank clears the field, unless required.
    /// </summary>
    public (string? Text, decimal? Number) Normalise(string key, string? value)
    {
        var column = Fields.FirstOrDefault(c => c.Key == key)
            ?? throw new DomainRuleException(
                "field.unknown", $"{NameZh}没有“{key}”列；可用：{string.Join("、", Fields.Select(f => f.Key))}。", $"{NameEn} has no field '{key}'; it has {string.Join(", ", Fields.Select(f => f.Key))}.");
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return column.Required
                ? throw new DomainRuleException("field.required", $"“{column.NameZh}”为必填项。", $"'{column.NameEn}' is required.")
                : (null, null);
        }

        switch (column.Kind)
        {
            case ListColumnKind.Number:
                if (!decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    throw new DomainRuleException("field.number", $"“{column.NameZh}”须为数字，收到“{trimmed}”。", $"'{column.NameEn}' must be a number, not '{trimmed}'.");
                }

                if (column.Min is { } min && number < min)
                {
                    throw new DomainRuleException("field.min", $"“{column.NameZh}”不能小于 {min}。", $"'{column.NameEn}' cannot be less than {min}.");
                }

                return (null, number);
            case ListColumnKind.Choice:
                var option = column.Options?.FirstOrDefault(o => o.IsNamed(trimmed))
                    ?? throw new DomainRuleException(
                        "field.choice",
                        $"“{column.NameZh}”不能为“{trimmed}”；可选：{string.Join("、", column.Options?.Select(o => $"{o.NameZh}（{o.Code}）") ?? [])}。",
                        $"'{column.NameEn}' cannot be '{trimmed}'; it is one of {string.Join(", ", column.Options?.Select(o => o.Code) ?? [])}.");
                return (option.Code, null);
            default:
                return (Guard.Text(trimmed, column.Key, 4000), null);
        }
    }

    private static void ValidateColumns(IReadOnlyList<ListColumn> columns)
    {
        if (columns.Count > MaxColumns)
        {
            throw new DomainRuleException("list_type.columns", $"清单最多 {MaxColumns} 列。", $"A list has at most {MaxColumns} columns.");
        }

        foreach (var column in columns)
        {
            if (!ListTypeCodes.IsValid(column.Key))
            {
                throw new DomainRuleException("list_type.column_key", $"列代码“{column.Key}”须为小写字母、数字和下划线。", $"Column key '{column.Key}' must be lower-case letters, digits and underscores.");
            }

            Guard.Text(column.NameZh, "column.name_zh", 64);
            Guard.Text(column.NameEn, "column.name_en", 128);
            if (column.Kind == ListColumnKind.Choice && (column.Options is null || column.Options.Count == 0))
            {
                throw new DomainRuleException("list_type.options", $"选择列“{column.NameZh}”须列出可选值。", $"The choice column '{column.NameEn}' needs its options.");
            }
        }

        var repeated = columns.GroupBy(c => c.Key).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainRuleException("list_type.column_repeated", $"列代码“{repeated.Key}”重复。", $"Column key '{repeated.Key}' appears twice.");
        }

        foreach (var kind in new[] { ListColumnKind.Sequence, ListColumnKind.Title, ListColumnKind.Content, ListColumnKind.Period, ListColumnKind.AnnualTarget, ListColumnKind.LeadUnits, ListColumnKind.Category, ListColumnKind.Remarks, ListColumnKind.Section })
        {
            if (columns.Count(c => c.Kind == kind) > 1)
            {
                throw new DomainRuleException("list_type.column_kind", $"清单只能有一个“{kind}”列。", $"A list has at most one {kind} column.");
            }
        }

        if (columns.Count > 0 && !columns.Any(c => c.Kind == ListColumnKind.Title))
        {
            throw new DomainRuleException("list_type.title", "清单须有名称列。", "A list needs a name column.");
        }
    }
}
