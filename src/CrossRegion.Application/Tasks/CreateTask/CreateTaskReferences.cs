using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Tasks;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>
/// What a new task refers to, loaded in a few queries, and the references that do not resolve (a code that is not
/// one is answered with the codes that are: the value sets are small data, also listed by GET /api/v1/programmes and
/// GET /api/v1/categories).
/// </summary>
internal sealed record CreateTaskReferences(
    IReadOnlyList<string> Programmes, IReadOnlyList<string> Categories, Dictionary<string, Department> Departments, CoordinatedTask? Parent)
{
    public static async Task<CreateTaskReferences> LoadAsync(IAppDbContext db, CreateTaskCommand request, CancellationToken cancellationToken)
    {
        var codes = request.Parties!.SelectMany(p => p.Departments ?? []).Distinct().ToList();
        return new CreateTaskReferences(
            await db.Programmes.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(cancellationToken),
            await db.Categories.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(cancellationToken),
            await db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, cancellationToken),
            request.ParentKey is null ? null : await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.ParentKey, cancellationToken));
    }

    public List<ValidationFailure> Problems(CreateTaskCommand request)
    {
        var problems = new List<ValidationFailure>();
        if (!Programmes.Contains(request.Programme!, StringComparer.Ordinal))
        {
            problems.Add(new ValidationFailure("programme", Localized.Text(
                $"项目群不存在；可选：{string.Join("、", Programmes)}（见 GET /api/v1/programmes）。",
                $"No such programme; one of {string.Join(", ", Programmes)} (see GET /api/v1/programmes).")));
        }

        if (!Categories.Contains(request.Category!, StringComparer.Ordinal))
        {
            problems.Add(new ValidationFailure("category", Localized.Text(
                $"类别不存在；可选：{string.Join("、", Categories)}（见 GET /api/v1/categories）。",
                $"No such category; one of {string.Join(", ", Categories)} (see GET /api/v1/categories).")));
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
