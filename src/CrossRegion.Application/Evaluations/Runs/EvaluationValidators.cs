using System.Globalization;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Evaluation;
using FluentValidation;

namespace CrossRegion.Application.Evaluations.Runs;

public sealed class StartEvaluationCommandValidator : AbstractValidator<StartEvaluationCommand>
{
    public StartEvaluationCommandValidator() => RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
}

public sealed class ListEvaluationsQueryValidator : AbstractValidator<ListEvaluationsQuery>
{
    public ListEvaluationsQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => PositionOf(key, out _));
    }

    /// <summary>The (year, version) a cursor stands after; null without one.</summary>
    public static (int Year, int Version)? PositionOf(string? cursor) =>
        Cursor.TryDecode(cursor, out var key) && PositionOf(key, out var position) ? position : null;

    private static bool PositionOf(string key, out (int Year, int Version) position)
    {
        position = default;
        var parts = key.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            position = (year, version);
            return true;
        }

        return false;
    }
}

public sealed class GetBreakdownQueryValidator : AbstractValidator<GetBreakdownQuery>
{
    public GetBreakdownQueryValidator()
    {
        RuleFor(q => q.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(q => q.Unit).MaximumLength(64);
        RuleFor(q => q.Section).Must(s => s is null || SchemeRules.Outcomes.ContainsKey(s))
            .WithMessage(_ => Localized.Text("类别须为 milestones、reports、notices、indicators 或 asks。", "The section is milestones, reports, notices, indicators or asks."));
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }
}

public sealed class GetBreakdownItemsQueryValidator : AbstractValidator<GetBreakdownItemsQuery>
{
    public GetBreakdownItemsQueryValidator()
    {
        RuleFor(q => q.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(q => q.After).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(1, 10_000);
    }
}

public sealed class AdjustEvaluationCommandValidator : AbstractValidator<AdjustEvaluationCommand>
{
    public AdjustEvaluationCommandValidator()
    {
        RuleFor(c => c.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(c => c.Points).NotNull().NotEqual(0).InclusiveBetween(-100, 100);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Evidence).NotEmpty().MaximumLength(500);
    }
}

public sealed class AppealItemCommandValidator : AbstractValidator<AppealItemCommand>
{
    public AppealItemCommandValidator()
    {
        RuleFor(c => c.ItemId).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class AnswerAppealCommandValidator : AbstractValidator<AnswerAppealCommand>
{
    public AnswerAppealCommandValidator()
    {
        RuleFor(c => c.Upheld).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.Outcome).NotEmpty().When(c => c.Upheld == true)
            .WithMessage(_ => Localized.Text("维持申诉须给出新的结果（outcome）。", "An upheld appeal gives the item's new outcome."));
    }
}
