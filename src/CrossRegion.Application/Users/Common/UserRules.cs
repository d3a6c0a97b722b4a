using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using FluentValidation;

namespace CrossRegion.Application.Users.Common;

/// <summary>The field checks the user requests share.</summary>
internal static class UserRules
{
    /// <summary>A phone number as people write it: digits, spaces and dashes, an optional leading +.</summary>
    public const string PhonePattern = @"^\+?[0-9][0-9 -]{5,30}$";

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> KnownRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(r => r is null || r.All(RoleNames.IsKnown))
            .WithMessage(_ => Localized.Text($"角色须为：{string.Join(", ", RoleNames.All)}。", $"Roles are among {string.Join(", ", RoleNames.All)}."));

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(254).EmailAddress().When(_ => true);

    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(PhonePattern).WithMessage(_ => Localized.Text("电话号码格式无效。", "Not a phone number."));
}
