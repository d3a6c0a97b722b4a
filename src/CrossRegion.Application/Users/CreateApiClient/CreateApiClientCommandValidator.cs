using FluentValidation;

namespace CrossRegion.Application.Users.CreateApiClient;

public sealed class CreateApiClientCommandValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientCommandValidator()
    {
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._-]+$");
        RuleFor(c => c.Name).MaximumLength(128);
        RuleFor(c => c.Scopes).NotEmpty();
    }
}
