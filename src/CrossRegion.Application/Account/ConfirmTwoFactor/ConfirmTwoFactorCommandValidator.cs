using FluentValidation;

namespace CrossRegion.Application.Account.ConfirmTwoFactor;

public sealed class ConfirmTwoFactorCommandValidator : AbstractValidator<ConfirmTwoFactorCommand>
{
    public ConfirmTwoFactorCommandValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(16);
}
