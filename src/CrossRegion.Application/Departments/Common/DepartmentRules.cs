using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using FluentValidation;

namespace CrossRegion.Application.Departments.Common;

/// <summary>The field checks the department requests share.</summary>
internal static class DepartmentRules
{
    public static IRuleBuilderOptions<T, string?> KnownFunction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(f => f is null || DepartmentFunctions.IsKnown(f))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", DepartmentFunctions.All)}。", $"Must be one of {string.Join(", ", DepartmentFunctions.All)}."));

    public static IRuleBuilderOptions<T, string?> KnownKind<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(k => k is null || EnumText.TryParse<DepartmentKind>(k, out _))
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<DepartmentKind>()}。", $"Must be one of {EnumText.Choices<DepartmentKind>()}."));

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidAliases<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(a => a is null || (a.Count <= Department.MaxAliases && a.All(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= 64)))
            .WithMessage(_ => Localized.Text(
                $"别名最多 {Department.MaxAliases} 个，每个不超过 64 个字符且不能为空。", $"At most {Department.MaxAliases} aliases, each non-empty and at most 64 characters."));

    public static DepartmentKind KindOf(string? text) =>
        EnumText.TryParse<DepartmentKind>(text, out var kind) ? kind : DepartmentKind.GovernmentDepartment;
}
