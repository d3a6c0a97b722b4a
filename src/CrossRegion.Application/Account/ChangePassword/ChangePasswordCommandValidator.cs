using FluentValidation;

namespace CrossRegion.Application.Account.ChangePassword;

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);

        // The policy itself (length, classes, history) is the identity store's, applied by the change.
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(256);
    }
}
