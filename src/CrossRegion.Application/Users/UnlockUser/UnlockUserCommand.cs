using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Users.UnlockUser;

/// <summary>
/// Forgets the person's failed sign-ins from every address, so that no wait stands between them and their next try
/// (accounts are never locked; failures only slow further tries, ADR 0013).
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record UnlockUserCommand(string Username) : IRequest;
