using CrossRegion.Domain.Departments;

namespace CrossRegion.Domain.Tasks;

public sealed record PartySpec(
    string JurisdictionCode,
    PartyRole Role,
    string? Share,
    IReadOnlyCollection<Department> Departments);
