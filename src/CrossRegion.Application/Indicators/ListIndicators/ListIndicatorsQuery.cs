using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Indicators;
using CrossRegion.Domain.Tasks;
using MediatR;

namespace CrossRegion.Application.Indicators.ListIndicators;

/// <summary>
/// The indicators the caller sees (those its city owns, or all for the joint office and observers; a city's own
/// programme's to that city only), one item per indicator with its targets per year and the actuals reported:
/// <see cref="Programme"/>, <see cref="Year"/> (indicators with a target that year), <see cref="Jurisdiction"/> (owned
/// by that city), <see cref="Attribute"/>; cursor-paged in code order.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListIndicatorsQuery(
    string? Programme = null, int? Year = null, string? Jurisdiction = null, string? Attribute = null, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<IndicatorDto>>;

/// <param name="Code">Its key: the programme's code and the row it first appeared in (WZPLAN-01; WZPLAN-10-1 for a sub-indicator).</param>
/// <param name="Parent">For a sub-indicator (the tables' "#" rows), its parent's code.</param>
/// <param name="SumsCities">Its actual is the sum of each owning city's part (each city sees the total and its own part).</param>
public sealed record IndicatorDto(
    string Code, string Programme, string NameZh, string NameEn, string? Unit, IndicatorAttribute Attribute, IndicatorFrequency Frequency,
    string? Parent, bool SumsCities, IReadOnlyList<string> Owners, IReadOnlyList<IndicatorTargetDto> Targets, IReadOnlyList<IndicatorActualDto> Actuals);

/// <param name="Position">Its row in that year's table ("1" … "25", "#" for a sub-indicator).</param>
/// <param name="Order">Its place in that year's table, counting every row (a sub-indicator right after its parent).</param>
/// <param name="Text">The target as the table prints it ("6.5以上", "较2022年提升0.2个百分点", "稳定保持II类", "上级下达任务").</param>
/// <param name="Actual">The year's figure of record: the owning city's, or for a sum of the cities the total of every part (null while a part is not in).</param>
/// <param name="Attainment">The year's actual against the target (not_reported while it is not in, e.g. 市级暂未反馈; not_judged when the table states no target).</param>
/// <param name="DueOn">When the year's figure is due: the end of January after it.</param>
/// <param name="Light">As for a milestone: done once reported and met (or not judged), red when below the target or not in after <see cref="DueOn"/>, yellow when due within the window, green before.</param>
public sealed record IndicatorTargetDto(
    int Year, string Position, int Order, string Text, TargetKind Kind, decimal? Value, int? ReferenceYear, decimal? Tolerance, decimal? Actual, string? ActualText,
    Attainment Attainment, DateOnly DueOn, StatusLight Light);

/// <param name="Pending">Not in yet: <see cref="Text"/> says why (市级暂未反馈).</param>
/// <param name="Revision">1 for the first report, one more for each revision (the actual's ETag).</param>
public sealed record IndicatorActualDto(
    string Jurisdiction, string Period, decimal? Value, string Text, bool Pending, bool? Met, int Revision, string ReportedBy, DateTimeOffset ReportedAt);
