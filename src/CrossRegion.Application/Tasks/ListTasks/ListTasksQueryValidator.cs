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
    }
}
