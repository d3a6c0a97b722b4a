using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static CrossRegion.Infrastructure.Persistence.Seed.SeedFiles;

namespace CrossRegion.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the reference data and the 2023 joint key-task list. Idempotent: rows are matched by their natural keys
/// (code, task key) and only missing ones are added, so a second start changes nothing.
/// </summary>
public sealed class LedgerSeeder(AppDbContext db, TimeProvider time, ILogger<LedgerSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedReferenceAsync(Read<ReferenceFile>("reference.json"), cancellationToken);
        await SeedTasksAsync(Read<LedgerFile>("wdk-2023.json"), cancellationToken);
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
            .Select(p => Programme.Create(p.Code, p.NameZh, p.NameEn, p.Members)));

        var offices = await db.JointOffices.Select(o => o.Code).ToListAsync(cancellationToken);
        db.JointOffices.AddRange(file.JointOffices.Where(o => !offices.Contains(o.Code))
            .Select(o => JointOffice.Create(o.Code, o.NameZh, o.NameEn, o.Programmes)));

        var organisations = await db.Organisations.Select(o => o.Code).ToListAsync(cancellationToken);
        db.Organisations.AddRange(file.Organisations.Where(o => !organisations.Contains(o.Code))
            .Select(o => Domain.Organisations.Organisation.Create(o.Code, o.NameZh, o.NameEn, o.Kind)));

        var categories = await db.Categories.Select(c => c.Code).ToListAsync(cancellationToken);
        db.Categories.AddRange(file.Categories.Select((c, i) => (c, i)).Where(x => !categories.Contains(x.c.Code))
            .Select(x => Category.Create(x.c.Code, x.c.NameZh, x.c.NameEn, x.i + 1)));

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

    private static CoordinatedTask Build(TaskRow row, string sourceDocument, Dictionary<string, Department> departments, DateTimeOffset now)
    {
        var definition = new TaskDefinition(
            row.Key, row.ListType, row.Programme, row.Category, row.TitleZh, row.TitleEn, row.Period.Text, row.Period.Start,
            row.Period.End, row.Content, row.Stage, sourceDocument, row.Row, row.Remarks);
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
