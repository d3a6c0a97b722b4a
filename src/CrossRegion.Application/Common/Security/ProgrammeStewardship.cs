using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Who runs a programme's lists: a joint programme is run by the coordinators of its joint office; a city's own
/// programme by that city's coordinators (a joint office it is shared with reads it, and does not run it).
/// </summary>
public static class ProgrammeStewardship
{
    public static void EnsureRuns(this ICurrentUser caller, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.OwnerJurisdiction is { } owner)
        {
            if (!caller.Roles.HasFlag(UserRoles.CityCoordinator) || caller.SeesAllTasks || !caller.Jurisdictions.SequenceEqual([owner]))
            {
                throw new ForbiddenAccessException(Localized.Text(
                    $"“{programme.NameZh}”是 {owner} 自己的项目群，由其城市协调人管理。", $"'{programme.NameEn}' is {owner}'s own programme; its city coordinators run it."));
            }

            return;
        }

        if (!caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            throw new ForbiddenAccessException(Localized.Text("联合项目群由联合办公室协调人管理。", "A joint programme is run by its joint office's coordinators."));
        }

        caller.EnsureRunsProgramme(programme.Code);
    }
}
