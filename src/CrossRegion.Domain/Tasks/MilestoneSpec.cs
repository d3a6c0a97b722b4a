namespace CrossRegion.Domain.Tasks;

/// <param name="Owners">Owning parties' jurisdiction codes; empty means every responsible party.</param>
public sealed record MilestoneSpec(
    string Title,
    string? TitleEn,
    DateOnly DueDate,
    DatePrecision DuePrecision,
    IReadOnlyCollection<string> Owners);
