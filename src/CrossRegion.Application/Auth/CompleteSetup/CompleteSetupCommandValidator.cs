using FluentValidation;

namespace CrossRegion.Application.Auth.CompleteSetup;

public sealed class CompleteSetupCommandValidator : AbstractValidator<CompleteSetupCommand>
{
    public CompleteSetupCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
