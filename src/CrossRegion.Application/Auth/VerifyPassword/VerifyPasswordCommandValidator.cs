using FluentValidation;

namespace CrossRegion.Application.Auth.VerifyPassword;

public sealed class VerifyPasswordCommandValidator : AbstractValidator<VerifyPasswordCommand>
{
    public VerifyPasswordCommandValidator()
    {
        RuleFor(c => c.Username).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}
