using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Turns a table into the tasks of one list: in the list type's own layout when the type defines its columns
/// (<see cref="ListRowParser"/>), else in the joint annex's layout (<see cref="ImportRowParser"/>). Used by the import
/// endpoint and by the seeding of the shipped lists, so the shipped data goes through the same checks as an upload.
/// </summary>
public static class TaskSheetImport
{
    /// <param name="home">The city whose own plan the table is (units written short); for an own programme, its owner.</param>
    public static async Task<IReadOnlyList<(ImportRowDto Row, CoordinatedTask? Task)>> ParseAsync(
        IAppDbContext db, TaskSheet sheet, Programme programme, string listTypeCode, ListType? listType, int? year, string? keyPrefix,
        string? sourceDocument, string? home, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(programme);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var units = new UnitMatcher(await db.Departments.AsNoTracking().ToListAsync(cancellationToken), programme.OwnerJurisdiction ?? home);
        IEnumerable<(ImportRowDto Row, CoordinatedTask? Task)?> rows;
        if (listType is { Columns.Count: > 0 })
        {
            var owner = programme.OwnerJurisdiction;
            var province = owner is null ? null : await db.Jurisdictions.Where(j => j.Code == owner).Select(j => j.ProvinceZh).SingleOrDefaultAsync(cancellationToken);
            var parser = new ListRowParser(
                listType, sheet.Header, units, await db.Organisations.AsNoTracking().ToListAsync(cancellationToken), categories, owner, province,
                new ImportSettings(programme.Code, listType.Code, listType.Year, keyPrefix, sourceDocument, new Dictionary<string, string>(), now));
            rows = sheet.Rows.Select(parser.Parse);
        }
        else
        {
            var settings = new ImportSettings(
                programme.Code, listTypeCode, year ?? listType?.Year, keyPrefix, sourceDocument,
                categories.Where(c => c.Scheme == Category.PillarScheme).SelectMany(c => new[] { (c.NameZh, c.Code), (c.Code, c.Code) })
                    .DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2),
                now);
            var parser = new ImportRowParser(SheetColumns.Of(sheet.Header), units, settings);
            rows = sheet.Rows.Select(parser.Parse);
        }

        // Parse in order: a child row needs its parent parsed before it.
        var parsed = rows.OfType<(ImportRowDto Row, CoordinatedTask? Task)>().ToList();
        return await WithKeyConflictsAsync(db, parsed, cancellationToken);
    }

    /// <summary>A key already on the ledger (visible to the caller or not) or repeated in the file is a row error.</summary>
    private static async Task<List<(ImportRowDto Row, CoordinatedTask? Task)>> WithKeyConflictsAsync(
        IAppDbContext db, List<(ImportRowDto Row, CoordinatedTask? Task)> parsed, CancellationToken cancellationToken)
    {
        var keys = parsed.Where(p => p.Task is not null).Select(p => p.Row.Key!).ToList();
        var taken = (await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).Where(t => keys.Contains(t.Key)).Select(t => t.Key).ToListAsync(cancellationToken)).ToHashSet();
        var repeated = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return parsed.Select(p => p.Task is not null && (taken.Contains(p.Row.Key!) || repeated.Contains(p.Row.Key!))
                ? (p.Row with { Errors = [.. p.Row.Errors, new ImportIssueDto("编号", Conflict(p.Row.Key!, taken))] }, (CoordinatedTask?)null)
                : p)
            .ToList();
    }

    private static string Conflict(string key, HashSet<string> taken) => taken.Contains(key)
        ? Localized.Text($"任务编号“{key}”已存在。", $"The task key '{key}' is taken.")
        : Localized.Text($"任务编号“{key}”在文件中重复。", $"The task key '{key}' appears more than once in the file.");
}
