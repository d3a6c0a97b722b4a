using FluentValidation;

namespace CrossRegion.Application.Users.ImportUsers;

public sealed class ImportUsersCommandValidator : AbstractValidator<ImportUsersCommand>
{
    /// <summary>About half a megabyte: some thousands of people.</summary>
    public const int MaxCharacters = 500_000;

    public ImportUsersCommandValidator()
    {
        RuleFor(c => c.Csv).NotEmpty().MaximumLength(MaxCharacters);
    }
}
