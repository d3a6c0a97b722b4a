using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Imports a task list table shaped like the official annex. A dry run (the default) reports every row with its
/// errors and warnings and writes nothing; a commit writes all rows in one transaction, or none when any row has
/// an error (422 with the same report).
/// </summary>
/// <param name="Year">The year of the 年度目标任务 column when its header does not say (e.g. "2023年目标任务").</param>
/// <param name="KeyPrefix">Keys are the prefix and the row's 序号 (WDK-2024- and 3 give WDK-2024-03) unless an 编号 column gives them.</param>
/// <param name="SourceDocument">The document the table comes from, kept on every task with its row number.</param>
/// <param name="Jurisdiction">The city whose own plan the table is: its lines may write every unit short (区交通局). Null for a joint list; an own programme's owner is implied.</param>
/// <param name="ListType">The list the rows go on (GET /api/v1/list-types); a type with its own columns is read in its printed layout.</param>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record ImportTasksCommand(
    string? Csv,
    bool Commit = false,
    string? Programme = null,
    string? ListType = null,
    int? Year = null,
    string? KeyPrefix = null,
    string? SourceDocument = null,
    string? Jurisdiction = null) : IRequest<ImportReportDto>;
