using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed class ListTasksQueryValidator : AbstractValidator<ListTasksQuery>
{
    public ListTasksQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor();
        RuleFor(q => q.Jurisdiction).Must(JurisdictionCodes.IsKnown).When(q => q.Jurisdiction is not null)
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", JurisdictionCodes.All)}。", $"Must be one of {string.Join(", ", JurisdictionCodes.All)}."));
        RuleFor(q => q.Role).Must(r => EnumText.TryParse<PartyRole>(r, out _)).When(q => q.Role is not null)
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<PartyRole>()}。", $"Must be one of {EnumText.Choices<PartyRole>()}."));
        RuleFor(q => q.Status).Must(s => EnumText.TryParse<CoordinatedTaskStatus>(s, out _)).When(q => q.Status is not null)
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<CoordinatedTaskStatus>()}。", $"Must be one of {EnumText.Choices<CoordinatedTaskStatus>()}."));
        RuleFor(q => q.Light).Must(l => EnumText.TryParse<StatusLight>(l, out _)).When(q => q.Light is not null)
            .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<StatusLight>()}。", $"Must be one of {EnumText.Choices<StatusLight>()}."));
        RuleFor(q => q.Year).InclusiveBetween(1949, 2100).When(q => q.Year is not null);
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Programme).MaximumLength(16);
        RuleFor(q => q.Category).MaximumLength(32);
    }
}
