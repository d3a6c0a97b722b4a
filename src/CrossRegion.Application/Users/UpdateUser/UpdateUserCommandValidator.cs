using CrossRegion.Application.Users.Common;
using FluentValidation;

namespace CrossRegion.Application.Users.UpdateUser;

public sealed class UpdateUserCommandValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserCommandValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(128).When(c => c.DisplayName is not null);
        RuleFor(c => c.Department).MaximumLength(48);
        RuleFor(c => c.Roles).NotEmpty().KnownRoles().When(c => c.Roles is not null);
        RuleFor(c => c.Email).ValidEmail().When(c => !string.IsNullOrEmpty(c.Email));
        RuleFor(c => c.Phone).ValidPhone().When(c => !string.IsNullOrEmpty(c.Phone));
    }
}
