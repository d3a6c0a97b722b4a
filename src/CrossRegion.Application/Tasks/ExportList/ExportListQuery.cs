using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.ListTasks;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ExportList;

/// <summary>
/// A list as its annex prints it (万州区2023年重大项目清单): the list type's columns in their order, heading rows for its
/// groups, child rows numbered "4-1", choices in their printed words. What it writes the importer reads back. Only the
/// items the caller sees, under the list's column filters and the search.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ExportListQuery(string Programme, int Year, string ListType, IReadOnlyDictionary<string, string>? Fields = null, string? Q = null)
    : IRequest<ListSheetDto>;

/// <param name="Title">The list's name as its title prints it, e.g. 2023年重大项目清单 (programme name beside it).</param>
/// <param name="Keys">For each row, the item's task key; null for a heading row.</param>
/// <param name="TitlesEn">For each row, the item's English working name (the files carry it after the printed columns,
/// as 英文名称, so that the importer reads it back); null for a heading row.</param>
public sealed record ListSheetDto(
    string Title, string ProgrammeName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<string?> Keys,
    IReadOnlyList<string?>? TitlesEn = null)
{
    /// <summary>The printed columns and the English working name after them, as the files carry them.</summary>
    public (IReadOnlyList<string> Header, IEnumerable<string?[]> Rows) WithEnglishNames() =>
        ([.. Header, Importing.ImportTasks.ListRowParser.EnglishName],
         Rows.Select((row, i) => row.Append(TitlesEn is { } names && i < names.Count ? names[i] : null).ToArray()));
}

public sealed class ExportListQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ExportListQuery, ListSheetDto>
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public async Task<ListSheetDto> Handle(ExportListQuery request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(p => p.Code == request.Programme, cancellationToken)
            ?? throw new NotFoundException("programme", request.Programme);
        var type = await db.ListTypes.AsNoTracking()
            .SingleOrDefaultAsync(l => l.ProgrammeCode == programme.Code && l.Year == request.Year && l.Code == request.ListType, cancellationToken)
            ?? throw new NotFoundException("list", $"{request.Programme}/{request.Year}/{request.ListType}");
        var filters = request.Fields is { Count: > 0 } asked ? await ListFieldFilter.ParseAsync(db, caller, type.Code, asked, cancellationToken) : [];

        var query = db.Tasks.AsNoTracking().Where(t => t.ProgrammeCode == programme.Code && t.ListYear == type.Year && t.ListType == type.Code
            && (t.Status == CoordinatedTaskStatus.Active || t.Status == CoordinatedTaskStatus.Closed));
        foreach (var filter in filters)
        {
            query = filter.Apply(query);
        }

        query = TaskFilters.ApplySearch(query, request.Q);

        var tasks = await query
            .Include(t => t.Fields).Include(t => t.Targets).Include(t => t.Organisations).Include(t => t.Parties).ThenInclude(p => p.Departments)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.NameZh, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.NameZh, cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameZh, cancellationToken);
        var printed = type.Columns.Where(c => c.Kind != ListColumnKind.Section).ToList();
        var section = type.Columns.FirstOrDefault(c => c.Kind == ListColumnKind.Section);
        var titleAt = printed.FindIndex(c => c.Kind == ListColumnKind.Title);

        var rows = new List<IReadOnlyList<string?>>();
        var keys = new List<string?>();
        var titlesEn = new List<string?>();
        string? group = null;
        var groups = 0;
        foreach (var task in tasks.OrderBy(t => Sequence(t.Key, type.KeyPrefix), Comparer<(int, int, string)>.Default))
        {
            var heading = section is null || task.ParentTaskId is not null ? group : task.Fields.FirstOrDefault(f => f.Key == section.Key)?.Text;
            if (heading is not null && heading != group)
            {
                var row = new string?[printed.Count];
                row[0] = groups < Numerals.Length ? Numerals[groups] : (groups + 1).ToString(CultureInfo.InvariantCulture);
                row[Math.Max(titleAt, 1)] = heading;
                rows.Add(row);
                keys.Add(null);
                titlesEn.Add(null);
                groups++;
                group = heading;
            }

            rows.Add(printed.Select(c => Cell(c, task, type, departments, organisations, categories)).ToList());
            keys.Add(task.Key);
            titlesEn.Add(task.TitleEn == task.TitleZh ? null : task.TitleEn);
        }

        return new ListSheetDto($"{type.Year}年{type.NameZh}清单", programme.NameZh, printed.Select(c => c.NameZh).ToList(), rows, keys, titlesEn);
    }

    private static string? Cell(
        ListColumn column, CoordinatedTask task, ListType type, Dictionary<Guid, string> departments, Dictionary<string, string> organisations,
        Dictionary<string, string> categories) => column.Kind switch
    {
        ListColumnKind.Sequence => Number(task.Key, type.KeyPrefix),
        ListColumnKind.Title => task.ParentTaskId is not null && type.Columns.Any(c => c.NamesChild) ? null : task.TitleZh,
        ListColumnKind.Content => task.MainContent,
        ListColumnKind.Period => task.PeriodText,
        ListColumnKind.AnnualTarget => task.Targets.FirstOrDefault(t => t.Year == type.Year)?.Text,
        ListColumnKind.LeadUnits => string.Join('、', task.Parties.SelectMany(p => p.Departments).Select(d => departments.GetValueOrDefault(d.DepartmentId))
            .Concat(task.Organisations.Where(o => o.Relation == OrganisationRelation.LeadUnit).Select(o => organisations.GetValueOrDefault(o.OrganisationCode)))
            .OfType<string>()),
        ListColumnKind.Category => categories.GetValueOrDefault(task.CategoryCode, task.CategoryCode),
        ListColumnKind.Remarks => task.Remarks,
        _ => task.Fields.FirstOrDefault(f => f.Key == column.Key) is { } field
            ? column.Options?.FirstOrDefault(o => o.Code == field.Text)?.NameZh ?? field.Text ?? field.Number?.ToString(CultureInfo.InvariantCulture)
            : null,
    };

    // WZ2023-XM-04 is row 4, WZ2023-PT-04-02 its second child row; a key of another pattern sorts after, by key.
    private static (int Row, int Child, string Key) Sequence(string key, string prefix)
    {
        var parts = key.StartsWith(prefix + "-", StringComparison.Ordinal) ? key[(prefix.Length + 1)..].Split('-') : [];
        return parts.Length > 0 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var row)
            ? (row, parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var child) ? child : 0, key)
            : (int.MaxValue, 0, key);
    }

    private static string Number(string key, string prefix) => Sequence(key, prefix) switch
    {
        (int.MaxValue, _, var other) => other,
        (var row, 0, _) => row.ToString(CultureInfo.InvariantCulture),
        var (row, child, _) => $"{row}-{child}",
    };
}
