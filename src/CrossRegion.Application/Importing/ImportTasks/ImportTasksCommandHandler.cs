using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Importing.ImportTasks;

public sealed class ImportTasksCommandHandler(IAppDbContext db, ITaskSheetReader reader, TimeProvider time, ICurrentUser caller)
    : IRequestHandler<ImportTasksCommand, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportTasksCommand request, CancellationToken cancellationToken)
    {
        var programme = request.Programme ?? "WDK";
        if (!await db.Programmes.AnyAsync(p => p.Code == programme, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("programme", Localized.Text("项目群不存在。", "No such programme."))]);
        }

        caller.EnsureRunsProgramme(programme);
        var sheet = reader.Read(request.Csv!);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var settings = new ImportSettings(
            programme,
            EnumText.TryParse<TaskListType>(request.ListType, out var listType) ? listType : TaskListType.JointKeyTask,
            request.Year,
            request.KeyPrefix,
            request.SourceDocument,
            categories.SelectMany(c => new[] { (c.NameZh, c.Code), (c.Code, c.Code) }).DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2),
            time.GetUtcNow());
        var parser = new ImportRowParser(
            SheetColumns.Of(sheet.Header), new UnitMatcher(await db.Departments.AsNoTracking().ToListAsync(cancellationToken), request.Jurisdiction), settings);
        var parsed = sheet.Rows.Select(parser.Parse).OfType<(ImportRowDto Row, CoordinatedTask? Task)>().ToList();
        parsed = await WithKeyConflictsAsync(parsed, cancellationToken);

        var invalid = parsed.Count(p => p.Row.Errors.Count > 0);
        var report = new ImportReportDto(false, parsed.Count - invalid, invalid, parsed.Select(p => p.Row).ToList());
        if (!request.Commit)
        {
            return report;
        }

        if (invalid > 0 || parsed.Count == 0)
        {
            throw new ImportRejectedException(report, Localized.Text(
                $"{invalid} 行有错误，未导入任何任务。", $"{invalid} rows have errors; no task was imported."));
        }

        // One SaveChanges: every task, its audit entries, or nothing.
        db.Tasks.AddRange(parsed.Select(p => p.Task!));
        await db.SaveChangesAsync(cancellationToken);
        return report with { Committed = true };
    }

    /// <summary>A key already on the ledger (visible to the caller or not) or repeated in the file is a row error.</summary>
    private async Task<List<(ImportRowDto Row, CoordinatedTask? Task)>> WithKeyConflictsAsync(
        List<(ImportRowDto Row, CoordinatedTask? Task)> parsed, CancellationToken cancellationToken)
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
