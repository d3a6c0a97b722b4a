using System.Globalization;
using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Organisations;
using CrossRegion.Domain.Tasks;
using static CrossRegion.Application.Importing.ImportTasks.ImportRows;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Reads a table in a list type's own layout (万州区2023年重大项目清单 …): the header names the list's columns as it
/// prints them, heading rows (一、开发开放平台) name the group of the rows under them, "4-1" is the first child row of
/// row 4. Each row becomes a task of the list: its name, content, period, the year's target with a year-end milestone,
/// lead units (the owner city's units, or organisations above it: in a district's list 市交通局 is the municipality's),
/// its category in the list's scheme, and the list's own columns, validated by the list type.
/// </summary>
internal sealed partial class ListRowParser
{
    private readonly ListType _type;
    private readonly Dictionary<ListColumn, int> _index = [];
    private readonly UnitMatcher _units;
    private readonly IReadOnlyList<Organisation> _organisations;
    private readonly IReadOnlyList<Category> _categories;
    private readonly string? _owner;
    private readonly string? _ownerProvince;
    private readonly ImportSettings _settings;
    private readonly Dictionary<int, CoordinatedTask> _parents = [];
    private string? _section;

    // 英文名称: the English working name, a column of our own after the printed ones (the documents print none).
    private readonly int _englishAt;

    /// <summary>The optional column of the English working name, after the list's printed columns.</summary>
    public const string EnglishName = "英文名称";

    public ListRowParser(
        ListType type, IReadOnlyList<string> header, UnitMatcher units, IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Category> categories, string? owner, string? ownerProvince, ImportSettings settings)
    {
        _type = type;
        _units = units;
        _organisations = organisations;
        _categories = categories.Where(c => c.Scheme == (type.CategoryScheme ?? Category.PillarScheme)).ToList();
        _owner = owner;
        _ownerProvince = ownerProvince;
        _settings = settings;
        var names = header.Select(h => WhiteSpace().Replace(h, string.Empty)).ToList();
        foreach (var column in type.Columns.Where(c => c.Kind != ListColumnKind.Section))
        {
            var at = names.IndexOf(WhiteSpace().Replace(column.NameZh, string.Empty));
            if (at >= 0)
            {
                _index[column] = at;
            }
        }

        _englishAt = names.IndexOf(EnglishName);
        var missing = type.Columns.Where(c => c.Kind != ListColumnKind.Section && (c.Required || c.Kind == ListColumnKind.Sequence) && !_index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new Common.Exceptions.BadRequestException("csv_columns", Localized.Text(
                $"CSV 缺少{type.NameZh}清单的列：{string.Join("、", missing.Select(c => c.NameZh))}。",
                $"The CSV lacks the columns of the {type.NameEn} list: {string.Join(", ", missing.Select(c => c.NameZh))}."));
        }
    }

    public (ImportRowDto Row, CoordinatedTask? Task)? Parse(SheetRow row)
    {
        if (row.Cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var number = Cell(row, ListColumnKind.Sequence);
        var title = Cell(row, ListColumnKind.Title);
        if (SectionNumeral().IsMatch(number))
        {
            _section = title.Length > 0 ? title : row.Cells.Skip(1).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
            return null;
        }

        var sequence = Sequence().Match(number);
        if (!sequence.Success)
        {
            return (Issue(row, title, "序号", Localized.Text("序号须为数字、子项的“4-1”或篇章的一、二、三……", "序号 must be a number, 4-1 for a child row, or a heading numeral 一, 二, …")), null);
        }

        var top = int.Parse(sequence.Groups[1].Value, CultureInfo.InvariantCulture);
        int? child = sequence.Groups[2].Success ? int.Parse(sequence.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        return Build(row, top, child, title);
    }

    private (ImportRowDto, CoordinatedTask?) Build(SheetRow row, int top, int? child, string title)
    {
        var errors = new List<ImportIssueDto>();
        var warnings = new List<ImportIssueDto>();
        // The list's own prefix (WZ2023-XM-01) unless the import names one (as for the joint annex: WDK-2024- and 3 give WDK-2024-03).
        var prefix = _settings.KeyPrefix ?? _type.KeyPrefix + "-";
        var key = child is { } c ? $"{prefix}{top:00}-{c:00}" : $"{prefix}{top:00}";
        CoordinatedTask? parent = null;
        if (child is not null && !_parents.TryGetValue(top, out parent))
        {
            errors.Add(new ImportIssueDto("序号", Localized.Text($"子项 {top}-{child} 之前没有第 {top} 行。", $"Child row {top}-{child} comes without a row {top} before it.")));
        }

        if (title.Length == 0 && child is not null && _type.Columns.FirstOrDefault(x => x.NamesChild) is { } naming)
        {
            title = Cell(row, naming);
        }

        Require(title.Length > 0, errors, NameOf(ListColumnKind.Title), Localized.Text("名称为必填项。", "The name is required."));
        var fields = ReadFields(row, errors);
        var category = MatchCategory(Cell(row, ListColumnKind.Category), errors, warnings);
        var (parties, organisations) = MatchUnits(Cell(row, ListColumnKind.LeadUnits), errors);
        var target = Cell(row, ListColumnKind.AnnualTarget);
        Require(target.Length > 0 || !IsRequired(ListColumnKind.AnnualTarget), errors, NameOf(ListColumnKind.AnnualTarget), Localized.Text("年度任务为必填项。", "The year's target is required."));
        var titleEn = _englishAt >= 0 && _englishAt < row.Cells.Count ? CsvCells.Restore(row.Cells[_englishAt].Trim()) : string.Empty;
        if (titleEn.Length == 0)
        {
            warnings.Add(new ImportIssueDto(EnglishName, Localized.Text("没有英文名称，暂用中文名称。", "No English working name; the Chinese title is used.")));
        }

        CoordinatedTask? task = null;
        if (errors.Count == 0)
        {
            try
            {
                task = Create(row, key, title, titleEn.Length > 0 ? titleEn : title, category!, target, parties, organisations, fields);
                if (parent is not null)
                {
                    task.SetParent(parent);
                }
                else
                {
                    _parents[top] = task;
                }
            }
            catch (DomainRuleException rule)
            {
                errors.Add(new ImportIssueDto("row", $"{rule.Code}: {Localized.Text(rule.MessageZh ?? rule.Message, rule.Message)}"));
            }
        }

        var partyDtos = parties.Select(p => new ImportPartyDto(p.JurisdictionCode, p.Departments.Select(d => d.Code).ToList())).ToList();
        return (new ImportRowDto(row.Line, key, title, category, partyDtos, errors, warnings), task);
    }

    private CoordinatedTask Create(
        SheetRow row, string key, string title, string titleEn, string category, string target, List<PartySpec> parties, List<string> organisations,
        List<(ListColumn Column, string Value)> fields)
    {
        var year = _type.Year;
        var (periodText, start, end) = Period(Cell(row, ListColumnKind.Period), year);
        var content = Cell(row, ListColumnKind.Content) is { Length: > 0 } written ? written : target.Length > 0 ? target : title;
        var stageColumn = fields.FirstOrDefault(f => f.Column.SetsStage);
        var task = CoordinatedTask.Create(
            new TaskDefinition(
                key, _type.Code, _type.ProgrammeCode, category, title, titleEn, periodText, start, end, content, null,
                _settings.SourceDocument, row.Line, Optional(Cell(row, ListColumnKind.Remarks)), year),
            parties,
            _settings.Now);
        foreach (var (column, value) in fields)
        {
            task.SetField(_type, column.Key, value);
        }

        if (_type.Columns.FirstOrDefault(x => x.Kind == ListColumnKind.Section) is { } section && _section is not null)
        {
            task.SetField(_type, section.Key, _section);
        }

        foreach (var organisation in organisations)
        {
            task.NameOrganisation(organisation, OrganisationRelation.LeadUnit);
        }

        if (stageColumn.Column is not null && task.Fields.FirstOrDefault(f => f.Key == stageColumn.Column.Key)?.Text is { } code
            && EnumText.TryParse<TaskStage>(code, out var stage))
        {
            // The batch a list prints is the project's stage for the list's year.
            task.ChangeStage(stage, new DateOnly(year, 1, 1), Localized.Text($"列入{year}年{_type.NameZh}清单", $"Listed in the {year} {_type.NameEn} list"), "import", _settings.Now);
        }

        if (target.Length > 0)
        {
            task.AddTarget(year, target, Measures(task));
            task.AddMilestone(new MilestoneSpec($"{year}年度任务完成", $"{year} targets met", new DateOnly(year, 12, 31), DatePrecision.Year, []));
        }

        return task;
    }

    // A project's planned investment of the year is the measure its monthly reports report against (完成投资, 亿元).
    private static IEnumerable<MeasureSpec> Measures(CoordinatedTask task) =>
        task.Fields.FirstOrDefault(f => f.Key == "annual_plan_investment")?.Number is { } planned and > 0
            ? [new MeasureSpec("完成投资", "Investment completed", MeasureComparator.AtLeast, planned, "亿元", null, "年度计划投资")]
            : [];

    private List<(ListColumn, string)> ReadFields(SheetRow row, List<ImportIssueDto> errors)
    {
        var fields = new List<(ListColumn, string)>();
        foreach (var column in _type.Fields.Where(f => f.Kind != ListColumnKind.Section))
        {
            var value = _index.ContainsKey(column) ? Cell(row, column) : string.Empty;
            if (value.Length == 0 && (!column.Required || (column.NamesChild && Cell(row, ListColumnKind.Title).Length == 0)))
            {
                continue;
            }

            try
            {
                _type.Normalise(column.Key, value);
                fields.Add((column, value));
            }
            catch (DomainRuleException rule)
            {
                errors.Add(new ImportIssueDto(column.NameZh, Localized.Text(rule.MessageZh ?? rule.Message, rule.Message)));
            }
        }

        return fields;
    }

    /// <summary>The category of the list's scheme by its name; a name cut short or missing its region (全国综合交通物流枢, 生态优先绿色发展样板区) matches the one category it begins or ends, with a warning.</summary>
    private string? MatchCategory(string text, List<ImportIssueDto> errors, List<ImportIssueDto> warnings)
    {
        var column = NameOf(ListColumnKind.Category);
        if (text.Length == 0)
        {
            errors.Add(new ImportIssueDto(column, Localized.Text("所属领域为必填项。", "The category is required.")));
            return null;
        }

        if (_categories.FirstOrDefault(c => c.NameZh == text || c.Code == text) is { } exact)
        {
            return exact.Code;
        }

        var near = text.Length >= 6 ? _categories.Where(c => c.NameZh.StartsWith(text, StringComparison.Ordinal) || c.NameZh.EndsWith(text, StringComparison.Ordinal)).ToList() : [];
        if (near is [var only])
        {
            warnings.Add(new ImportIssueDto(column, Localized.Text($"“{text}”按“{only.NameZh}”匹配。", $"'{text}' read as '{only.NameZh}'.")));
            return only.Code;
        }

        errors.Add(new ImportIssueDto(column, Localized.Text(
            $"未知的所属领域“{text}”；可选：{string.Join("、", _categories.Select(c => c.NameZh))}。", $"Unknown category '{text}'; it is one of {string.Join(", ", _categories.Select(c => c.NameZh))}.")));
        return null;
    }

    /// <summary>
    /// The lead units: organisations above the cities (a name starting with 市 in a district's list is its
    /// municipality's body: 市交通局 is 重庆市交通局), else units of the catalogue. An own list's item has its owner as
    /// its one responsible party, with the units matched.
    /// </summary>
    private (List<PartySpec> Parties, List<string> Organisations) MatchUnits(string cell, List<ImportIssueDto> errors)
    {
        var column = NameOf(ListColumnKind.LeadUnits);
        var organisations = new List<string>();
        var rest = new List<string>();
        foreach (var name in UnitSeparators().Split(cell).Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var organisation = _organisations.FirstOrDefault(o => o.IsNamed(name))
                ?? (_ownerProvince is not null && name.StartsWith('市') ? _organisations.FirstOrDefault(o => o.IsNamed(_ownerProvince + name[1..])) : null);
            if (organisation is not null)
            {
                organisations.Add(organisation.Code);
            }
            else
            {
                rest.Add(name);
            }
        }

        var (byJurisdiction, unknown) = _units.Match(string.Join("、", rest));
        errors.AddRange(unknown.Select(u => new ImportIssueDto(column, Localized.Text($"未知的牵头单位“{u}”。", $"Unknown lead unit '{u}'."))));
        if (organisations.Count == 0 && byJurisdiction.Count == 0 && unknown.Count == 0 && IsRequired(ListColumnKind.LeadUnits))
        {
            errors.Add(new ImportIssueDto(column, Localized.Text("未填写牵头单位。", "No lead unit.")));
        }

        if (_owner is not null)
        {
            var strangers = byJurisdiction.Keys.Where(j => j != _owner).ToList();
            errors.AddRange(strangers.Select(j => new ImportIssueDto(column, Localized.Text(
                $"本清单属于 {_owner}，不能由 {j} 的单位牵头。", $"The list is {_owner}'s own; a unit of {j} cannot lead its items."))));
            var own = byJurisdiction.GetValueOrDefault(_owner) ?? [];
            return ([new PartySpec(_owner, PartyRole.Lead, null, own)], organisations);
        }

        var parties = byJurisdiction.Select(p => new PartySpec(p.Key, PartyRole.Responsible, null, p.Value)).ToList();
        if (parties.Count == 0 && unknown.Count == 0)
        {
            errors.Add(new ImportIssueDto(column, Localized.Text("联合清单的条目至少要有一个城市的牵头单位。", "A joint list's item needs a lead unit of at least one city.")));
        }

        return (parties, organisations);
    }

    private static (string Text, int? Start, int? End) Period(string text, int year)
    {
        if (text.Length == 0)
        {
            return ($"{year}年", year, year);
        }

        var years = Years().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return (text, years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null);
    }

    private string Cell(SheetRow row, ListColumnKind kind) =>
        _type.Columns.FirstOrDefault(c => c.Kind == kind) is { } column ? Cell(row, column) : string.Empty;

    private string Cell(SheetRow row, ListColumn column) =>
        _index.TryGetValue(column, out var i) && i < row.Cells.Count ? CsvCells.Restore(row.Cells[i].Trim()) : string.Empty;

    private string NameOf(ListColumnKind kind) => _type.Columns.FirstOrDefault(c => c.Kind == kind)?.NameZh ?? kind.ToString();

    private bool IsRequired(ListColumnKind kind) => _type.Columns.Any(c => c.Kind == kind && c.Required);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("^[一二三四五六七八九十]+$")]
    private static partial Regex SectionNumeral();

    [GeneratedRegex(@"^(\d{1,3})(?:-(\d{1,2}))?$")]
    private static partial Regex Sequence();

    [GeneratedRegex(@"[、，,\r\n；;]+")]
    private static partial Regex UnitSeparators();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex Years();
}
