using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// 结转: an unfinished item goes on a later year's list. The new item keeps the name, content, period, category, units,
/// organisations, stage and the columns the new list also has, links back to this one (its history stays readable
/// from the new item), and gets the new year's target with its year-end milestone; this item is archived with the
/// new key as reason. Without <see cref="ListType"/> the item stays the same type; without <see cref="NewKey"/> it
/// takes the next number of the new list.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record CarryOverCommand(
    string Key,
    int? ExpectedVersion,
    string? Programme,
    int? ListYear,
    string? ListType,
    string? NewKey,
    string? AnnualTarget) : IRequest<TaskDetailDto>, IStewardedTaskRequest;
