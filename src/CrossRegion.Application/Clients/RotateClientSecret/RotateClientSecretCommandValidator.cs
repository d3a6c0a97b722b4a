using FluentValidation;

namespace CrossRegion.Application.Clients.RotateClientSecret;

public sealed class RotateClientSecretCommandValidator : AbstractValidator<RotateClientSecretCommand>
{
    /// <summary>A week: long enough for any deployment window, short enough not to keep a leaked secret alive.</summary>
    public const int MaxGraceHours = 168;

    public RotateClientSecretCommandValidator()
    {
        RuleFor(c => c.GraceHours).InclusiveBetween(0, MaxGraceHours);
    }
}
