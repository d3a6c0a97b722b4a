using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.ListAdministeredDepartments;

/// <summary>The units the caller administers (a city administrator: its own city's), retired ones included.</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ListAdministeredDepartmentsQuery(string? Jurisdiction = null) : IRequest<IReadOnlyList<DepartmentDto>>;
