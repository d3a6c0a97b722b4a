using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.UpdateDepartment;

/// <summary>
/// Renames or reclassifies a unit, moves it under another unit ("" for the top) or replaces its aliases. A field left
/// out (null) is unchanged. The code and the city never change: tasks, notices and the audit trail refer to them.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record UpdateDepartmentCommand(
    string Code,
    string? NameZh = null,
    string? NameEn = null,
    string? Function = null,
    string? Kind = null,
    string? Parent = null,
    IReadOnlyList<string>? Aliases = null) : IRequest<DepartmentDto>;
