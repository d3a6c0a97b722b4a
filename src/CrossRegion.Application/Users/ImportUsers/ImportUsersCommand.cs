using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Users.ImportUsers;

/// <summary>
/// Gives many people accounts from a table (CSV: username, display_name, jurisdiction, department, roles, email,
/// phone; or 用户名, 姓名, 地区, 单位, 角色, 邮箱, 电话), under the same rules as one at a time. A dry run (the default)
/// reports every row's errors and writes nothing; a commit creates every row in one transaction, or none when any row
/// has an error (422 with the same report). Each created person gets a one-time setup link, in the answer only.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ImportUsersCommand(string? Csv, bool Commit = false) : IRequest<UserImportReportDto>;
