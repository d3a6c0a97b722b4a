using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.RetireDepartment;

/// <summary>
/// Retires a unit (a reorganisation merged or abolished it). Refused (422) while it still has work or people: a unit of
/// a party of a task that is not closed, archived or rejected, an active user's department, or the parent of a unit in
/// service. Units are never deleted.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record RetireDepartmentCommand(string Code) : IRequest<DepartmentDto>;
