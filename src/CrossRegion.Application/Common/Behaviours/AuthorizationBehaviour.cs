using System.Reflection;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
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
        if (Requirement is not null && RequestPermission.Refusal(Requirement, user) is { } refused)
        {
            throw refused;
        }

        return next();
    }
}
