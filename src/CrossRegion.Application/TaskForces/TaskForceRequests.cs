using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.TaskForces;

/// <summary>
/// 专班: formed by whoever runs the programme (its joint office; a city for its own programme) for a field, with a lead
/// unit, member units of the programme's cities (units by code) and a convener (ADR 0024).
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record FormTaskForceCommand(
    string? Code, string? Programme, string? Field, string? NameZh, string? NameEn, string? LeadUnit, IReadOnlyList<string>? Members, string? ConvenerName,
    string? ConvenerPost) : IRequest<TaskForceDto>;

/// <summary>Changes a task force's field, names, lead, members or convener; If-Match: the revision read.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record ChangeTaskForceCommand(
    string Code, string? Field, string? NameZh, string? NameEn, string? LeadUnit, IReadOnlyList<string>? Members, string? ConvenerName, string? ConvenerPost,
    int? ExpectedRevision) : IRequest<TaskForceDto>;

/// <summary>Gives a task of the programme to the task force (<paramref name="Assign"/>) or takes it off.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record AssignTaskForceTaskCommand(string Code, string Key, bool Assign, int? ExpectedRevision) : IRequest<TaskForceDto>;

/// <summary>The task forces of the programmes the caller sees (their member cities' people, whoever runs them, readers of all).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListTaskForcesQuery(string? Programme = null, string? Field = null) : IRequest<IReadOnlyList<TaskForceDto>>;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetTaskForceQuery(string Code) : IRequest<TaskForceDto>;

/// <param name="Tasks">The tasks it holds that the reader sees (a member city that is no party to a task does not see it here either).</param>
public sealed record TaskForceDto(
    string Code, string Programme, string Field, string NameZh, string NameEn, TaskForceUnitDto LeadUnit, IReadOnlyList<TaskForceUnitDto> Members,
    string ConvenerName, string ConvenerPost, IReadOnlyList<TaskForceTaskDto> Tasks, int Revision);

public sealed record TaskForceUnitDto(string Code, string Jurisdiction, string NameZh, string NameEn);

public sealed record TaskForceTaskDto(string Key, string TitleZh, string TitleEn, string AssignedBy, DateTimeOffset AssignedAt);
