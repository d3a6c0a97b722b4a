using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Clients.RotateClientSecret;

/// <summary>
/// Gives a machine client a new secret (shown once). The old one keeps working for <paramref name="GraceHours"/>
/// (default 24, 0 to end it at once) so the provincial system can switch without an outage.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record RotateClientSecretCommand(string ClientId, int? GraceHours = null) : IRequest<ClientSecretRotatedDto>;
