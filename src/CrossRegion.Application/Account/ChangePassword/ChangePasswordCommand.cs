using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.ChangePassword;

/// <summary>
/// A person changes their own password (required after an initial or reset one). Every session ends, this one
/// included: the person signs in again with the new password.
/// </summary>
[Authorize]
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : IRequest<Unit>, IAllowedWhileActionRequired;
