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
        var code = request.Programme ?? "WDK";
        var programme = await db.Programmes.VisibleTo(caller).SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("programme", Localized.Text("项目群不存在。", "No such programme."))]);
        caller.EnsureRuns(programme);

        var listTypeCode = request.ListType ?? ListTypeCodes.JointKeyTask;
        var listType = await db.ListTypes.AsNoTracking()
            .Where(l => l.ProgrammeCode == programme.Code && l.Code == listTypeCode && (request.Year == null || l.Year == request.Year))
            .OrderByDescending(l => l.Year).FirstOrDefaultAsync(cancellationToken);
        if (listType is null && listTypeCode != ListTypeCodes.JointKeyTask)
        {
            throw new ValidationException([new ValidationFailure("list_type", Localized.Text(
                $"项目群 {programme.Code} 没有“{listTypeCode}”清单{(request.Year is null ? "" : $"（{request.Year}年）")}；见 GET /api/v1/list-types。",
                $"The programme {programme.Code} issues no '{listTypeCode}' list{(request.Year is null ? "" : $" for {request.Year}")}; see GET /api/v1/list-types."))]);
        }

        var sheet = reader.Read(request.Csv!);
        var parsed = await TaskSheetImport.ParseAsync(
            db, sheet, programme, listTypeCode, listType, request.Year, request.KeyPrefix, request.SourceDocument, request.Jurisdiction,
            time.GetUtcNow(), cancellationToken);

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
}
