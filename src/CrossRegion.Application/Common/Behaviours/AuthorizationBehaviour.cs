using System.Reflection;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Common.Behaviours;

/// <summary>Enforces <see cref="AuthorizeAttribute"/> on every request, whoever sends it.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute? Requirement = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();

    public Task<TResponse> Handle(
        TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Requirement is not null)
        {
            Check(Requirement);
        }

        return next();
    }

    private void Check(AuthorizeAttribute requirement)
    {
        switch (user.Kind)
        {
            case CallerKind.System:
                return;
            case CallerKind.Anonymous:
                throw new AuthenticationFailedException("unauthenticated", Localized.Text("需要登录。", "Authentication is required."));
            case CallerKind.Client:
                if (requirement.Scope is null || !user.Scopes.Contains(requirement.Scope))
                {
                    throw new ForbiddenAccessException(Localized.Text($"需要权限范围“{requirement.Scope}”。", $"This requires the scope '{requirement.Scope}'."));
                }

                return;
            default:
                if (requirement.Roles != UserRoles.None && (user.Roles & requirement.Roles) == 0)
                {
                    throw new ForbiddenAccessException(Localized.Text("您的角色无权执行此操作。", "Your role does not allow this."));
                }

                return;
        }
    }
}
