using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.TaskForces;
using FluentValidation;

namespace CrossRegion.Application.TaskForces;

public sealed class FormTaskForceCommandValidator : AbstractValidator<FormTaskForceCommand>
{
    public FormTaskForceCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(TaskForce.CodeMaxLength).Matches("^[A-Z0-9][A-Z0-9-]*$")
            .WithMessage(_ => Localized.Text("编号由大写字母、数字和连字符组成。", "A code is capital letters, digits and hyphens."));
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        TaskForceRules.Definition(this, c => c.Field, c => c.NameZh, c => c.NameEn, c => c.LeadUnit, c => c.Members, c => c.ConvenerName, c => c.ConvenerPost);
    }
}

public sealed class ChangeTaskForceCommandValidator : AbstractValidator<ChangeTaskForceCommand>
{
    public ChangeTaskForceCommandValidator()
    {
        TaskForceRules.Definition(this, c => c.Field, c => c.NameZh, c => c.NameEn, c => c.LeadUnit, c => c.Members, c => c.ConvenerName, c => c.ConvenerPost);
    }
}

internal static class TaskForceRules
{
    public static void Definition<T>(
        AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> field, System.Linq.Expressions.Expression<Func<T, string?>> nameZh,
        System.Linq.Expressions.Expression<Func<T, string?>> nameEn, System.Linq.Expressions.Expression<Func<T, string?>> lead,
        System.Linq.Expressions.Expression<Func<T, IReadOnlyList<string>?>> members, System.Linq.Expressions.Expression<Func<T, string?>> convener,
        System.Linq.Expressions.Expression<Func<T, string?>> post)
    {
        validator.RuleFor(field).NotEmpty().MaximumLength(32);
        validator.RuleFor(nameZh).NotEmpty().MaximumLength(100);
        validator.RuleFor(nameEn).NotEmpty().MaximumLength(200);
        validator.RuleFor(lead).NotEmpty().MaximumLength(64);
        validator.RuleFor(members).NotNull().Must(m => m is { Count: <= 100 } && m.All(u => !string.IsNullOrWhiteSpace(u) && u.Length <= 64))
            .WithMessage(_ => Localized.Text("成员单位须为单位编号列表（至多 100 个）。", "Members are a list of unit codes (100 at most)."));
        validator.RuleFor(convener).NotEmpty().MaximumLength(64);
        validator.RuleFor(post).NotEmpty().MaximumLength(128);
    }
}
