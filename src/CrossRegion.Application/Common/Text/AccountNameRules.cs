using FluentValidation;

namespace CrossRegion.Application.Common.Text;

/// <summary>The one rule for names people and systems sign in with (user names, client ids): required, short, plain.</summary>
public static class AccountNameRules
{
    public static IRuleBuilderOptions<T, string?> AccountName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage(_ => Localized.Text("只能包含字母、数字、点、下划线和短横线。", "Letters, digits, dots, underscores and dashes only."));
}
