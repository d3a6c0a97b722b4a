using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Evaluations.Runs;

/// <summary>
/// The joint office evaluates a year by its scheme, from the ledger as of a day (default: today, or the year's last
/// day once it is over), as a draft open to appeals until <see cref="AppealsUntil"/>. A year with a published
/// evaluation gets a new version (a correction), carrying the bonus and deduction items over.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record StartEvaluationCommand(int? Year, DateOnly? AsOf, DateOnly? AppealsUntil) : IRequest<EvaluationDto>;

/// <summary>Every evaluation (a year's, when given), latest first, with its ranking; cursor-paged.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListEvaluationsQuery(int? Year, int? Limit = null, string? Cursor = null) : IRequest<CursorPage<EvaluationDto>>;

/// <summary>An evaluation with its ranking of the cities and of the units (赛马比拼).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetEvaluationQuery(Guid Id) : IRequest<EvaluationDto>;

/// <summary>
/// A city's (or, with <see cref="Unit"/>, one of its units') score item by item: every milestone, report, notice and
/// indicator behind it (a section's only, with <see cref="Section"/>), cursor-paged in the order they were judged;
/// the bonus and deduction items and the appeals. A city reads its own; 404 for another's.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetBreakdownQuery(Guid Id, string Jurisdiction, string? Unit = null, string? Section = null, int? Limit = null, string? Cursor = null)
    : IRequest<BreakdownDto>;

/// <summary>
/// A city's items in the order judged, <see cref="Take"/> at a time after item <see cref="After"/>, for the documents
/// that list every one (the workbook); the same reading rule as <see cref="GetBreakdownQuery"/>.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetBreakdownItemsQuery(Guid Id, string Jurisdiction, int After, int Take) : IRequest<BreakdownItemsPage>;

/// <param name="NextAfter">Pass as <c>After</c> for the next batch; null after the last.</param>
public sealed record BreakdownItemsPage(IReadOnlyList<EvaluationItemDto> Items, int? NextAfter);

/// <summary>加分 / 扣分 for a city, with its reason and evidence (joint office, while a draft).</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record AdjustEvaluationCommand(Guid Id, string? Jurisdiction, decimal? Points, string? Reason, string? Evidence, int? ExpectedRevision)
    : IRequest<BreakdownDto>;

/// <summary>申诉: a city's coordinator contests an item of the city's detail within the window, with the reason.</summary>
[Authorize(Roles = UserRoles.CityCoordinator)]
public sealed record AppealItemCommand(Guid Id, Guid? ItemId, string? Reason) : IRequest<BreakdownDto>;

/// <summary>The joint office answers an appeal: upheld (the item takes <see cref="Outcome"/>) or rejected, with its reason.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record AnswerAppealCommand(Guid Id, Guid AppealId, bool? Upheld, string? Outcome, string? Reason, int? ExpectedRevision) : IRequest<BreakdownDto>;

/// <summary>Publishes a draft once the appeals window has closed and every appeal is answered: final, read-only.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record PublishEvaluationCommand(Guid Id, int? ExpectedRevision) : IRequest<EvaluationDto>;

/// <param name="Revision">One more for every change: the evaluation's ETag.</param>
/// <param name="AppealsOpen">Appeals waiting for the joint office's answer.</param>
/// <param name="Ranking">The cities by total, best first.</param>
/// <param name="Units">The responsible units by total (their items; bonus and deduction are the cities').</param>
public sealed record EvaluationDto(
    Guid Id, int Year, int Version, EvaluationStatus Status, int SchemeRevision, DateOnly AsOf, DateOnly AppealsUntil, string CreatedBy, DateTimeOffset CreatedAt,
    string? PublishedBy, DateTimeOffset? PublishedAt, int Revision, int AppealsOpen, IReadOnlyList<RankedScoreDto> Ranking, IReadOnlyList<RankedScoreDto> Units);

/// <param name="Code">The city's code, or the unit's.</param>
/// <param name="Jurisdiction">The city (a unit's own city).</param>
public sealed record RankedScoreDto(int Rank, string Code, string Jurisdiction, string NameZh, string NameEn, EvaluationScore Score);

/// <param name="Score">Over all the city's (unit's) items, whichever page this is.</param>
/// <param name="Items">One page of them.</param>
/// <param name="NextCursor">The next page's cursor; null on the last.</param>
public sealed record BreakdownDto(
    Guid Evaluation, int Year, int Version, EvaluationStatus Status, DateOnly AppealsUntil, int Revision, string Jurisdiction, string? Unit, EvaluationScore Score,
    IReadOnlyList<EvaluationItemDto> Items, IReadOnlyList<AdjustmentDto> Adjustments, IReadOnlyList<AppealDto> Appeals, string? NextCursor);

/// <param name="Subject">What was judged: the milestone's title, the report's month, the notice's number, the indicator.</param>
/// <param name="SubjectRef">Its id in the ledger (milestone id, yyyy-MM, notice number, indicator code).</param>
/// <param name="JudgedOutcome">The outcome the ledger gave, when an upheld appeal changed it.</param>
/// <param name="Points">Its outcome's points times its weight.</param>
public sealed record EvaluationItemDto(
    Guid Id, string Section, string? TaskKey, string? ListType, string Subject, string SubjectRef, DateOnly? DueOn, decimal Weight, string Outcome, string? JudgedOutcome,
    decimal Points);

public sealed record AdjustmentDto(Guid Id, string Jurisdiction, decimal Points, string Reason, string Evidence, string By, DateTimeOffset At);

/// <param name="Section">The appealed item's section, and <paramref name="Subject"/> what it judged.</param>
public sealed record AppealDto(
    Guid Id, Guid ItemId, string Section, string Subject, string Jurisdiction, string Reason, string FiledBy, DateTimeOffset FiledAt, AppealStatus Status, string? Outcome, string? Answer,
    string? AnsweredBy, DateTimeOffset? AnsweredAt);
