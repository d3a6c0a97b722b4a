using FluentValidation;

namespace CrossRegion.Application.Users.CreateAdministrator;

public sealed class CreateAdministratorCommandValidator : AbstractValidator<CreateAdministratorCommand>
{
    public CreateAdministratorCommandValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._-]+$");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(12).MaximumLength(256)
            .Matches("[A-Z]").WithMessage("'{PropertyName}' needs an upper-case letter.")
            .Matches("[a-z]").WithMessage("'{PropertyName}' needs a lower-case letter.")
            .Matches("[0-9]").WithMessage("'{PropertyName}' needs a digit.");
    }
}
