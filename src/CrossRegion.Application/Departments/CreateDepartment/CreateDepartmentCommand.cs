using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.CreateDepartment;

/// <summary>Adds a unit to a city's catalogue (its city's administrator, a joint-office or system administrator).</summary>
/// <param name="Code">Stable code starting with the city's code, e.g. YY-TRANSPORT.</param>
/// <param name="Kind">government_department (default), development_zone, state_owned_company or other.</param>
/// <param name="Parent">Code of the unit of the same city this one belongs to.</param>
[Authorize(Roles = Administration.Administrators)]
public sealed record CreateDepartmentCommand(
    string? Code,
    string? Jurisdiction,
    string? NameZh,
    string? NameEn,
    string? Function,
    string? Kind = null,
    string? Parent = null,
    IReadOnlyList<string>? Aliases = null) : IRequest<DepartmentDto>;
