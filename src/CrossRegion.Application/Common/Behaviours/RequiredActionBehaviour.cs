using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using MediatR;

namespace CrossRegion.Application.Common.Behaviours;

/// <summary>
/// Until a person has taken a pending step (a forced password change, a required two-factor enrolment), every use
/// case but the few that take the step refuses, for every door alike (API, console).
/// </summary>
public sealed class RequiredActionBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (user.Kind != CallerKind.User || user.RequiredAction is not { } action || request is IAllowedWhileActionRequired)
        {
            return next();
        }

        throw new ActionRequiredException(action, action == RequiredActions.ChangePassword
            ? Localized.Text("请先修改初始密码（POST /api/v1/me/password）。", "Change your initial password first (POST /api/v1/me/password).")
            : Localized.Text("您的角色须先启用双因素登录（POST /api/v1/me/two-factor）。", "Your role requires two-factor sign-in: enrol first (POST /api/v1/me/two-factor)."));
    }
}
