using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.UpdateTask;

/// <summary>
/// Changes a task's descriptive fields (absent fields stay as they are), makes it a sub-task of <see cref="ParentKey"/>, or adds other names it is known by (<see cref="AddAliases"/>). <see cref="ExpectedVersion"/> comes from
/// If-Match: without it the request is refused (428); if the task changed since, it is refused (412). Whoever runs the
/// task's programme edits it: the joint office a joint task, the city's coordinators an item of the city's own programme.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record UpdateTaskCommand(
    string Key,
    int? ExpectedVersion,
    string? TitleZh,
    string? TitleEn,
    string? MainContent,
    string? Stage,
    string? Remarks,
    PeriodPatch? Period,
    string? ParentKey = null,
    IReadOnlyList<string>? AddAliases = null) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
