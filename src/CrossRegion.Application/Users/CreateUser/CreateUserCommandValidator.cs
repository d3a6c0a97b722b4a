using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Users.Common;
using FluentValidation;

namespace CrossRegion.Application.Users.CreateUser;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Username).AccountName();
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
