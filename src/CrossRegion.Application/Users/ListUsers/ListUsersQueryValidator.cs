using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using FluentValidation;

namespace CrossRegion.Application.Users.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.Department).MaximumLength(48);
        RuleFor(q => q.Role).Must(r => r is null || RoleNames.IsKnown(r))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", RoleNames.All)}。", $"Must be one of {string.Join(", ", RoleNames.All)}."));
        RuleFor(q => q.Query).MaximumLength(64);
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor();
    }
}
