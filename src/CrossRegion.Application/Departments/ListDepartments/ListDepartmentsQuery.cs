using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Departments.ListDepartments;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListDepartmentsQuery(string? Jurisdiction = null, string? Function = null) : IRequest<IReadOnlyList<DepartmentDto>>;
