using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Clients.CreateApiClient;

public sealed class CreateApiClientCommandValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientCommandValidator()
    {
        RuleFor(c => c.ClientId).AccountName();
        RuleFor(c => c.Name).MaximumLength(128);
        RuleFor(c => c.Jurisdictions).NotEmpty();
        RuleForEach(c => c.Jurisdictions).KnownJurisdiction();
        RuleFor(c => c.Scopes).NotEmpty();
        RuleForEach(c => c.Scopes).Must(s => ScopeNames.All.Contains(s))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", ScopeNames.All)}。", $"Must be one of {string.Join(", ", ScopeNames.All)}."));
    }
}
