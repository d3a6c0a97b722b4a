using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed class ListTasksQueryValidator : AbstractValidator<ListTasksQuery>
{
    public ListTasksQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor();
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.OverdueFor).KnownJurisdiction();
        RuleFor(q => q.Role).OneOf<ListTasksQuery, PartyRole>();
        RuleFor(q => q.Status).OneOf<ListTasksQuery, CoordinatedTaskStatus>();
        RuleFor(q => q.Light).OneOf<ListTasksQuery, StatusLight>();
        RuleFor(q => q.Year).InclusiveBetween(1949, 2100).When(q => q.Year is not null);
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Programme).MaximumLength(16);
        RuleFor(q => q.Category).MaximumLength(32);
        RuleFor(q => q.ListType).Must(ListTypeCodes.IsValid).When(q => q.ListType is not null)
            .WithMessage(_ => Localized.Text("list_type 须为清单类型代码（见 GET /api/v1/list-types）。", "list_type is a list type code (see GET /api/v1/list-types)."));
        RuleFor(q => q.ListYear).InclusiveBetween(1949, 2100).When(q => q.ListYear is not null);
        RuleFor(q => q.ContributesTo).MaximumLength(TaskKey.MaxLength);
        RuleFor(q => q.TaskForce).MaximumLength(Domain.TaskForces.TaskForce.CodeMaxLength);
        RuleFor(q => q.ListType).NotEmpty().When(q => q.Fields is { Count: > 0 })
            .WithMessage(_ => Localized.Text("按清单列筛选须同时给出 list_type。", "Filtering by a list's columns needs list_type."));
        RuleFor(q => q.Fields).Must(f => f is null || f.Count <= 16)
            .WithMessage(_ => Localized.Text("最多 16 个列筛选条件。", "At most 16 column filters."));
    }
}
