using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Importing.ImportTasks;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static CrossRegion.Infrastructure.Persistence.Seed.SeedFiles;

namespace CrossRegion.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the reference data, the 2023 joint key-task list and the lists shipped as CSVs (Wanzhou's 2023 five lists). Idempotent: rows are matched by their natural keys
/// (code, task key) and only missing ones are added, so a second start changes nothing.
/// </summary>
public sealed class LedgerSeeder(AppDbContext db, TimeProvider time, ITaskSheetReader sheets, ILogger<LedgerSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var reference = Read<ReferenceFile>("reference.json");
        await SeedReferenceAsync(reference, cancellationToken);
        await SeedTasksAsync(Read<LedgerFile>("wdk-2023.json"), cancellationToken);
        await SeedAsksAsync(Read<AskFile>("wdk-2023-asks.json"), cancellationToken);
        await SeedListsAsync(reference.ListSeeds, cancellationToken);
        await SeedIndicatorsAsync(reference.IndicatorSeeds, cancellationToken);
    }

    /// <summary>
    /// The indicator tables shipped as CSVs (a year's targets and actuals as the plan reports print them), once: a
    /// programme that already has targets for the year is left as its owners keep it.
    /// </summary>
    private async Task SeedIndicatorsAsync(IReadOnlyList<IndicatorSeedRow> seeds, CancellationToken cancellationToken)
    {
        foreach (var seed in seeds)
        {
            var existing = await db.Indicators.IgnoreQueryFilters([AppDbContext.VisibilityFilter])
                .Where(i => i.ProgrammeCode == seed.Programme).Include(i => i.Owners).Include(i => i.Targets).Include(i => i.Actuals)
                .ToListAsync(cancellationToken);
            if (existing.Any(i => i.Targets.Any(t => t.Year == seed.Year)))
            {
                continue;
            }

            var created = Application.Indicators.Common.IndicatorTable.Read(
                sheets.Read(ReadText(seed.File)), seed.Programme, seed.Year, seed.Owners, existing, "seed: " + seed.SourceDocument, time.GetUtcNow(), seed.SumsCities);
            db.Indicators.AddRange(created);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation(
                "Seeded the {Year} indicators of {Programme}: {Count} new, {Carried} carried from earlier years.", seed.Year, seed.Programme, created.Count,
                existing.Count(i => i.Targets.Any(t => t.Year == seed.Year)));
        }
    }

    private async Task SeedReferenceAsync(ReferenceFile file, CancellationToken cancellationToken)
    {
        var jurisdictions = await db.Jurisdictions.Select(j => j.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var row in file.Jurisdictions)
        {
            order++;
            if (!jurisdictions.Contains(row.Code))
            {
                db.Jurisdictions.Add(Jurisdiction.Create(row.Code, row.NameZh, row.NameEn, row.ProvinceZh, row.ProvinceEn, row.Kind, order));
            }
        }

        var programmes = await db.Programmes.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Programmes.AddRange(file.Programmes.Where(p => !programmes.Contains(p.Code))
            .Select(p => p.Owner is { } owner ? Programme.CreateOwn(p.Code, p.NameZh, p.NameEn, owner) : Programme.Create(p.Code, p.NameZh, p.NameEn, p.Members)));

        var offices = await db.JointOffices.Select(o => o.Code).ToListAsync(cancellationToken);
        db.JointOffices.AddRange(file.JointOffices.Where(o => !offices.Contains(o.Code))
            .Select(o => JointOffice.Create(o.Code, o.NameZh, o.NameEn, o.Programmes)));

        // Organisations the catalogue lacks; one that is there gets the shipped aliases only while it has none (an
        // administrator's own list is kept).
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var row in file.Organisations)
        {
            if (!organisations.TryGetValue(row.Code, out var organisation))
            {
                organisation = Domain.Organisations.Organisation.Create(row.Code, row.NameZh, row.NameEn, row.Kind);
                db.Organisations.Add(organisation);
            }

            if (organisation.Aliases.Count == 0 && row.Aliases is { Count: > 0 } aliases)
            {
                organisation.SetAliases(aliases);
            }
        }

        var categories = await db.Categories.Select(c => c.Code).ToListAsync(cancellationToken);
        db.Categories.AddRange(file.Categories.Select((c, i) => (c, i)).Where(x => !categories.Contains(x.c.Code))
            .Select(x => Category.Create(x.c.Code, x.c.NameZh, x.c.NameEn, x.i + 1, x.c.Scheme)));

        // Units the catalogue ships and the database lacks, with their kind, parent and short names. Units already there
        // are left as their administrators keep them (a database from before the aliases got them from its migration).
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var row in file.Departments.Where(d => !departments.ContainsKey(d.Code)))
        {
            var department = Department.Create(row.Code, row.Jurisdiction, row.NameZh, row.NameEn, row.Function, row.Kind);
            department.SetAliases(row.Aliases ?? []);
            if (row.Parent is { } parent)
            {
                department.MoveUnder(departments[parent], []);
            }

            departments[row.Code] = department;
            db.Departments.Add(department);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The lists each programme issues per year, with their columns.
        var listTypes = await db.ListTypes.Select(l => new { l.ProgrammeCode, l.Year, l.Code }).ToListAsync(cancellationToken);
        var programmeRows = await db.Programmes.ToDictionaryAsync(p => p.Code, cancellationToken);
        db.ListTypes.AddRange(file.ListTypes
            .Where(l => !listTypes.Exists(x => x.ProgrammeCode == l.Programme && x.Year == l.Year && x.Code == l.Code))
            .Select(l => ListType.Create(programmeRows[l.Programme], l.Year, l.Code, l.NameZh, l.NameEn, l.KeyPrefix, l.CategoryScheme, l.Columns, l.SortOrder)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The lists shipped as CSVs in their printed layout, each imported through the importer an upload goes through,
    /// once: a list that already has items is left as its owners keep it. A shipped row that does not import is a
    /// defect of the product, so it stops the start with the row's errors.
    /// </summary>
    private async Task SeedListsAsync(IReadOnlyList<ListSeedRow> seeds, CancellationToken cancellationToken)
    {
        foreach (var seed in seeds)
        {
            if (await db.Tasks.IgnoreQueryFilters([AppDbContext.VisibilityFilter])
                .AnyAsync(t => t.ProgrammeCode == seed.Programme && t.ListYear == seed.Year && t.ListType == seed.ListType, cancellationToken))
            {
                continue;
            }

            var programme = await db.Programmes.SingleAsync(p => p.Code == seed.Programme, cancellationToken);
            var listType = await db.ListTypes.SingleAsync(l => l.ProgrammeCode == seed.Programme && l.Year == seed.Year && l.Code == seed.ListType, cancellationToken);
            var sheet = sheets.Read(ReadText(seed.File));
            var parsed = await TaskSheetImport.ParseAsync(
                db, sheet, programme, seed.ListType, listType, seed.Year, null, seed.SourceDocument, null, time.GetUtcNow(), cancellationToken);
            var failed = parsed.Where(p => p.Row.Errors.Count > 0).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException($"The shipped list {seed.File} does not import: " + string.Join("; ", failed.Take(5).Select(
                    f => $"line {f.Row.Line}: {string.Join(", ", f.Row.Errors.Select(e => $"{e.Column} {e.Message}"))}")));
            }

            db.Tasks.AddRange(parsed.Select(p => p.Task!));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} items of {Programme} {Year} {ListType}.", parsed.Count, seed.Programme, seed.Year, seed.ListType);
        }
    }

    private async Task SeedTasksAsync(LedgerFile file, CancellationToken cancellationToken)
    {
        var existing = await db.Tasks.IgnoreQueryFilters([AppDbContext.VisibilityFilter])
            .Select(t => t.Key).ToListAsync(cancellationToken);
        var missing = file.Tasks.Where(t => !existing.Contains(t.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        var now = time.GetUtcNow();
        var created = new Dictionary<string, CoordinatedTask>(StringComparer.Ordinal);
        foreach (var row in missing)
        {
            var task = Build(row, file.SourceDocument, departments, now);
            if (row.Parent is { } parentKey)
            {
                var parent = created.GetValueOrDefault(parentKey)
                    ?? await db.Tasks.IgnoreQueryFilters([AppDbContext.VisibilityFilter]).SingleAsync(t => t.Key == parentKey, cancellationToken);
                task.SetParent(parent);
            }

            created[row.Key] = task;
            db.Tasks.Add(task);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} tasks of the 2023 joint key-task list.", missing.Count);
    }

    /// <summary>The list's asks, each once (by task and subject): an ask its cities have since changed is theirs.</summary>
    private async Task SeedAsksAsync(AskFile file, CancellationToken cancellationToken)
    {
        var keys = file.Asks.Select(a => a.Task).Distinct().ToList();
        var tasks = await db.Tasks.IgnoreQueryFilters([AppDbContext.VisibilityFilter]).Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, t => t.Id, cancellationToken);
        var ids = tasks.Values.ToList();
        var existing = (await db.Asks.IgnoreQueryFilters([AppDbContext.VisibilityFilter]).Where(a => ids.Contains(a.TaskId)).Select(a => new { a.TaskId, a.Subject })
            .ToListAsync(cancellationToken)).Select(a => (a.TaskId, a.Subject)).ToHashSet();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var row in file.Asks.Where(a => tasks.ContainsKey(a.Task) && !existing.Contains((tasks[a.Task], a.Subject))))
        {
            db.Asks.Add(Domain.Asks.Ask.Draft(
                tasks[row.Task], null, Application.Common.Text.EnumText.Parse<Domain.Asks.AskKind>(row.Kind), row.Subject, row.Addressees, row.Submitters, null, "seed", now));
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} asks of the 2023 joint key-task list.", added);
        }
    }

    private static CoordinatedTask Build(TaskRow row, string sourceDocument, Dictionary<string, Department> departments, DateTimeOffset now)
    {
        var definition = new TaskDefinition(
            row.Key, row.ListType, row.Programme, row.Category, row.TitleZh, row.TitleEn, row.Period.Text, row.Period.Start,
            row.Period.End, row.Content, row.Stage, sourceDocument, row.Row, row.Remarks, row.Target.Year);
        var parties = row.Parties.Select(p => new PartySpec(
            p.Jurisdiction, p.Role, p.Share, p.Units.Select(u => departments[u]).ToList()));
        var task = CoordinatedTask.Create(definition, parties, now);
        foreach (var alias in row.Aliases)
        {
            task.AddAlias(alias);
        }

        task.AddTarget(row.Target.Year, row.Target.Text, row.Target.Measures.Select(m => new MeasureSpec(
            m.Metric, m.MetricEn, m.Comparator, m.Value, m.Unit, m.Jurisdiction, m.SourceText)));
        foreach (var milestone in row.Milestones)
        {
            task.AddMilestone(new MilestoneSpec(milestone.Title, milestone.TitleEn, milestone.Due, milestone.Precision, milestone.Owners));
        }

        return task;
    }
}
