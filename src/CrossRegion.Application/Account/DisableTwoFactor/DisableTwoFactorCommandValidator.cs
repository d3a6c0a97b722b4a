using FluentValidation;

namespace CrossRegion.Application.Account.DisableTwoFactor;

public sealed class DisableTwoFactorCommandValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorCommandValidator()
    {
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(16);
    }
}
