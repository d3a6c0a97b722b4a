using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Clients.CreateApiClient;

/// <summary>
/// Registers a machine client (a provincial system) limited to some jurisdictions and scopes, from the command line
/// or by a system or joint-office administrator. The generated secret is in the answer only.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record CreateApiClientCommand(string? ClientId, string? Name, IReadOnlyList<string> Jurisdictions, IReadOnlyList<string> Scopes)
    : IRequest<ApiClientCreatedDto>;
