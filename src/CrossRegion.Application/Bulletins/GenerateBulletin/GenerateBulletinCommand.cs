using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Bulletins.GenerateBulletin;

/// <summary>Generate (another version of) the bulletin for a period: the joint office on demand, the quarterly job on schedule.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record GenerateBulletinCommand(string? Period) : IRequest<BulletinSummaryDto>;
