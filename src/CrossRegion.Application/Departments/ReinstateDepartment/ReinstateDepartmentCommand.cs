using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.ReinstateDepartment;

/// <summary>Puts a retired unit back in service (its names must still be free in its city).</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ReinstateDepartmentCommand(string Code) : IRequest<DepartmentDto>;
