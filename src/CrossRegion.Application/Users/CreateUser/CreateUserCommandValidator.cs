using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Users.Common;
using FluentValidation;

namespace CrossRegion.Application.Users.CreateUser;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage(_ => Localized.Text("用户名只能包含字母、数字、点、下划线和短横线。", "A user name has letters, digits, dots, underscores and dashes only."));
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Jurisdiction).KnownJurisdiction();
        RuleFor(c => c.Department).MaximumLength(48);
        RuleFor(c => c.Roles).NotEmpty().KnownRoles();
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Phone).ValidPhone();
        RuleFor(c => c.InitialPassword).MaximumLength(256);
        RuleFor(c => c.Organisation).MaximumLength(32);
    }
}
