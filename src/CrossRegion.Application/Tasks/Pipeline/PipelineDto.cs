using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.Pipeline;

/// <summary>A project's 前期 checklist: its items, and how many are settled (approved or not needed) and still open.</summary>
public sealed record PreparationDto(IReadOnlyList<PreparationItemDto> Items, int Settled, int Unsettled);

/// <param name="Name">The item's own name (kind other) or qualifier; null when none.</param>
/// <param name="Party">The party answering for it.</param>
public sealed record PreparationItemDto(
    Guid Id, PreparationKind Kind, string? Name, string LabelZh, string LabelEn, string Party, PreparationState State, DateOnly? On, string? Document, string? Note,
    string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>
/// Shared costs (万元) where a task splits its investment by city: each party's pledge and spend (the latest record of
/// each month), and the task's totals.
/// </summary>
public sealed record CostSharesDto(string Unit, decimal Pledged, decimal Spent, decimal? PercentOfPledge, IReadOnlyList<CostShareDto> Parties);

public sealed record CostShareDto(string Party, decimal? Pledged, decimal Spent, decimal? PercentOfPledge, IReadOnlyList<CostMonthDto> Months);

/// <param name="Revisions">How many times the month was recorded (the latest counts).</param>
public sealed record CostMonthDto(string Period, decimal Amount, string? Note, int Revisions, string RecordedBy, DateTimeOffset RecordedAt);
