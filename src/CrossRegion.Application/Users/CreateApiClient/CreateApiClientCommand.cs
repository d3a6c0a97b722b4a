using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Users.CreateApiClient;

/// <summary>
/// Registers a machine client (a provincial system) limited to some jurisdictions and scopes; run from the command
/// line. The generated secret is in the answer only.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record CreateApiClientCommand(string? ClientId, string? Name, IReadOnlyList<string> Jurisdictions, IReadOnlyList<string> Scopes)
    : IRequest<ApiClientCreatedDto>;
