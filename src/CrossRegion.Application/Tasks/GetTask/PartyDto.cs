using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed record PartyDto(string Jurisdiction, PartyRole Role, string? Share, IReadOnlyList<PartyDepartmentDto> Departments);
