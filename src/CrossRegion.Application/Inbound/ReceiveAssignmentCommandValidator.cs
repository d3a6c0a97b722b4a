using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Inbound;

public sealed partial class ReceiveAssignmentCommandValidator : AbstractValidator<ReceiveAssignmentCommand>
{
    public ReceiveAssignmentCommandValidator()
    {
        RuleFor(c => c.ExternalId).NotEmpty().MaximumLength(InboundAssignment.ExternalIdMaxLength).Matches(ExternalIdPattern())
            .WithMessage(_ => Localized.Text("external_id 须为 1–64 个字母、数字或 . _ - : /。", "external_id is 1–64 letters, digits or . _ - : /."));
        RuleFor(c => c.IssuedBy).NotEmpty().MaximumLength(200);
        RuleFor(c => c.SourceDocument).MaximumLength(300);
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Category).NotEmpty().MaximumLength(32);
        RuleFor(c => c.ListType).Must(ListTypeCodes.IsValid).When(c => c.ListType is not null)
            .WithMessage(_ => Localized.Text("list_type 须为清单类型代码（见 GET /api/v1/list-types），如 joint_key_task。", "list_type is a list type code (see GET /api/v1/list-types), e.g. joint_key_task."));
        RuleFor(c => c.TitleZh).NotEmpty().MaximumLength(300);
        RuleFor(c => c.TitleEn).MaximumLength(300);
        RuleFor(c => c.Content).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Parties).NotEmpty();
        RuleForEach(c => c.Parties).SetValidator(new PartyInputValidator());
        RuleFor(c => c.Parties).Must(p => p!.Select(x => x.Jurisdiction).Distinct(StringComparer.Ordinal).Count() == p!.Count)
            .When(c => c.Parties is { Count: > 0 })
            .WithMessage(_ => Localized.Text("同一地区只能列一次。", "Name each jurisdiction once."));
        RuleFor(c => c.DueDate).NotNull().InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));
    }

    [GeneratedRegex("^[A-Za-z0-9._:/-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalIdPattern();
}
