using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// Sets a list item's own columns (建设批次, 总投资 …); a null or blank value clears an optional column. Each value is
/// checked against the list type's definition; all are set or none. Run by whoever runs the programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record SetListFieldsCommand(string Key, int? ExpectedVersion, IReadOnlyDictionary<string, string?>? Fields) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
