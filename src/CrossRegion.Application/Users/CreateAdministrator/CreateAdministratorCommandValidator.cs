using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Users.CreateAdministrator;

public sealed class CreateAdministratorCommandValidator : AbstractValidator<CreateAdministratorCommand>
{
    public CreateAdministratorCommandValidator()
    {
        RuleFor(c => c.Username).AccountName();
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(128);

        // The password policy itself is the identity store's (Identity:Password), applied when the account is created.
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
