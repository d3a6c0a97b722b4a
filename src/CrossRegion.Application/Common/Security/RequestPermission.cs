using System.Reflection;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Security;

/// <summary>Who may send a request at all, by its <see cref="AuthorizeAttribute"/>: the one rule the pipeline enforces and pages ask.</summary>
public static class RequestPermission
{
    /// <summary>Whether <paramref name="caller"/> may send this kind of request (a page offers only those it may).</summary>
    public static bool Permits<TRequest>(ICurrentUser caller) =>
        typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>() is not { } requirement || Refusal(requirement, caller) is null;

    /// <summary>Why <paramref name="caller"/> may not send a request with this requirement; null when they may.</summary>
    public static Exception? Refusal(AuthorizeAttribute requirement, ICurrentUser caller) => caller.Kind switch
    {
        CallerKind.System => null,
        CallerKind.Anonymous => new AuthenticationFailedException("unauthenticated", Localized.Text("需要登录。", "Authentication is required.")),
        CallerKind.Client => requirement.Scope is null || !caller.Scopes.Contains(requirement.Scope)
            ? new ForbiddenAccessException(Localized.Text($"需要权限范围“{requirement.Scope}”。", $"This requires the scope '{requirement.Scope}'."))
            : null,
        _ => requirement.Roles != UserRoles.None && (caller.Roles & requirement.Roles) == 0
            ? new ForbiddenAccessException(Localized.Text("您的角色无权执行此操作。", "Your role does not allow this."))
            : null,
    };
}
