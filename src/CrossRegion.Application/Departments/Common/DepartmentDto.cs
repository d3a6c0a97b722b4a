namespace CrossRegion.Application.Departments.Common;

/// <param name="Kind">government_department, development_zone, state_owned_company or other.</param>
/// <param name="Parent">Code of the unit this one belongs to, if any.</param>
/// <param name="Aliases">Short and other names the unit goes by on its city's line of an official list.</param>
/// <param name="RetiredAt">When the unit was retired; null while it is in service.</param>
public sealed record DepartmentDto(
    string Code,
    string Jurisdiction,
    string NameZh,
    string NameEn,
    string Function,
    string Kind,
    string? Parent,
    IReadOnlyList<string> Aliases,
    DateTimeOffset? RetiredAt);
