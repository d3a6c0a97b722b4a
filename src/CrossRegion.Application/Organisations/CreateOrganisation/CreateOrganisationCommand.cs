using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Organisations.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Organisations.CreateOrganisation;

/// <summary>Adds an organisation above or beside the cities to the catalogue (system and joint-office administrators).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record CreateOrganisationCommand(string? Code, string? NameZh, string? NameEn, string? Kind) : IRequest<OrganisationDto>;
