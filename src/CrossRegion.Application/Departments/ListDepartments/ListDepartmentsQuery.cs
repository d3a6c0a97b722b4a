using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.ListDepartments;

/// <param name="IncludeRetired">Also the units that were retired (they keep appearing on the tasks they worked on).</param>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListDepartmentsQuery(string? Jurisdiction = null, string? Function = null, bool IncludeRetired = false) : IRequest<IReadOnlyList<DepartmentDto>>;
