using FluentValidation;

namespace CrossRegion.Application.Users.ResetUserPassword;

public sealed class ResetUserPasswordCommandValidator : AbstractValidator<ResetUserPasswordCommand>
{
    public ResetUserPasswordCommandValidator()
    {
        RuleFor(c => c.NewPassword).MaximumLength(256);
    }
}
