using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Tasks;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>What a new task refers to, loaded in a few queries, and the references that do not resolve.</summary>
internal sealed record CreateTaskReferences(
    bool ProgrammeExists, bool CategoryExists, Dictionary<string, Department> Departments, CoordinatedTask? Parent)
{
    public static async Task<CreateTaskReferences> LoadAsync(IAppDbContext db, CreateTaskCommand request, CancellationToken cancellationToken)
    {
        var codes = request.Parties!.SelectMany(p => p.Departments ?? []).Distinct().ToList();
        return new CreateTaskReferences(
            await db.Programmes.AnyAsync(p => p.Code == request.Programme, cancellationToken),
            await db.Categories.AnyAsync(c => c.Code == request.Category, cancellationToken),
            await db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, cancellationToken),
            request.ParentKey is null ? null : await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.ParentKey, cancellationToken));
    }

    public List<ValidationFailure> Problems(CreateTaskCommand request)
    {
        var problems = new List<ValidationFailure>();
        if (!ProgrammeExists)
        {
            problems.Add(new ValidationFailure("programme", Localized.Text("项目群不存在。", "No such programme.")));
        }

        if (!CategoryExists)
        {
            problems.Add(new ValidationFailure("category", Localized.Text("类别不存在。", "No such category.")));
        }

        if (request.ParentKey is not null && Parent is null)
        {
            problems.Add(new ValidationFailure("parent_key", Localized.Text("上级任务不存在。", "No such parent task.")));
        }

        for (var i = 0; i < request.Parties!.Count; i++)
        {
            var unknown = (request.Parties[i].Departments ?? []).Where(code => !Departments.ContainsKey(code)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(new ValidationFailure(
                    $"parties[{i}].departments",
                    Localized.Text($"未知的责任单位：{string.Join("、", unknown)}。", $"Unknown departments: {string.Join(", ", unknown)}.")));
            }
        }

        return problems;
    }
}
