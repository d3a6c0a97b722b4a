using CrossRegion.Application.Common.Interfaces;
using OpenIddict.Abstractions;

namespace CrossRegion.Infrastructure.Identity.OpenId;

internal sealed class OpenIddictSessions(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : ITokenServerSessions
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
