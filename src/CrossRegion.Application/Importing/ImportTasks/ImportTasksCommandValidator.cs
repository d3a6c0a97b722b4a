using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Importing.ImportTasks;

public sealed class ImportTasksCommandValidator : AbstractValidator<ImportTasksCommand>
{
    /// <summary>About 2 MB of text: the annex of a year is some 30 KB.</summary>
    public const int MaxCharacters = 2_000_000;

    public ImportTasksCommandValidator()
    {
        RuleFor(c => c.Csv).NotEmpty().MaximumLength(MaxCharacters);
        RuleFor(c => c.Programme).MaximumLength(16);
        RuleFor(c => c.ListType).Must(ListTypeCodes.IsValid).When(c => c.ListType is not null)
            .WithMessage(_ => Localized.Text("list_type 须为清单类型代码（见 GET /api/v1/list-types），如 major_project。", "list_type is a list type code (see GET /api/v1/list-types), e.g. major_project."));
        RuleFor(c => c.Year).InclusiveBetween(1949, 2100);
        RuleFor(c => c.KeyPrefix).Matches("^[A-Z0-9]+(-[A-Z0-9]+)*-$").When(c => c.KeyPrefix is not null)
            .WithMessage(_ => Localized.Text("key_prefix 须为大写字母和数字的分组，以短横线结尾，如 WDK-2024-。", "key_prefix is upper-case groups ending in a dash, e.g. WDK-2024-."));
        RuleFor(c => c.SourceDocument).MaximumLength(300);
        RuleFor(c => c.Jurisdiction).KnownJurisdiction();
    }
}
