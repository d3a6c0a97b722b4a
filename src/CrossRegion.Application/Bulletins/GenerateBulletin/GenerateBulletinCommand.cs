using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Bulletins.GenerateBulletin;

/// <summary>
/// Generate (another version of) the bulletin for a period: the joint bulletin by the joint office on demand, a city's
/// own (<paramref name="Scope"/> its code: its part in the joint programmes and its own programmes) by that city's
/// coordinators; the quarterly job generates both on schedule.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record GenerateBulletinCommand(string? Period, string? Scope = null) : IRequest<BulletinSummaryDto>;
