using CrossRegion.Domain.Jurisdictions;
using FluentValidation;

namespace CrossRegion.Application.Common.Text;

/// <summary>Rules for fields that take one of a fixed set of words; null passes (pair with NotEmpty when required).</summary>
public static class ChoiceRules
{
    /// <summary>One of the enum's values as the API writes them (snake_case); the OpenAPI document types the field as that enum.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new EnumTextValidator<T, TEnum>())
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<TEnum>()}。", $"Must be one of {EnumText.Choices<TEnum>()}."));

    public static IRuleBuilderOptions<T, string?> KnownJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || JurisdictionCodes.IsKnown(v))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", JurisdictionCodes.All)}。", $"Must be one of {string.Join(", ", JurisdictionCodes.All)}."));
}

/// <summary>A rule that a field takes one of an enum's values: the contract reads <see cref="EnumType"/> from it.</summary>
public interface IEnumTextValidator
{
    Type EnumType { get; }
}

/// <summary>Null, or one of <typeparamref name="TEnum"/>'s values as the API writes them.</summary>
public sealed class EnumTextValidator<T, TEnum> : FluentValidation.Validators.PropertyValidator<T, string?>, IEnumTextValidator
    where TEnum : struct, Enum
{
    public override string Name => "EnumTextValidator";

    public Type EnumType => typeof(TEnum);

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || EnumText.TryParse<TEnum>(value, out _);
}
