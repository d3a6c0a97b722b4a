using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal sealed record PartyRow(string Jurisdiction, PartyRole Role, string? Share, List<PartyDepartmentDto> Departments, decimal? Pledged = null);
