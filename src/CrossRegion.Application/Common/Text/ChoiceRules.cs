using CrossRegion.Domain.Jurisdictions;
using FluentValidation;

namespace CrossRegion.Application.Common.Text;

/// <summary>Rules for fields that take one of a fixed set of words; null passes (pair with NotEmpty when required).</summary>
public static class ChoiceRules
{
    public static IRuleBuilderOptions<T, string?> OneOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || EnumText.TryParse<TEnum>(v, out _))
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<TEnum>()}。", $"Must be one of {EnumText.Choices<TEnum>()}."));

    public static IRuleBuilderOptions<T, string?> KnownJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || JurisdictionCodes.IsKnown(v))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", JurisdictionCodes.All)}。", $"Must be one of {string.Join(", ", JurisdictionCodes.All)}."));
}
