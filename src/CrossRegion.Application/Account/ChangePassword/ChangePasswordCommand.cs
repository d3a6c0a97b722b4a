using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.ChangePassword;

/// <summary>
/// A person changes their own password (required after an initial or reset one). Every earlier session ends; the
/// answer is a fresh token pair for this one.
/// </summary>
[Authorize]
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : IRequest<TokenResponse>, IAllowedWhileActionRequired;
