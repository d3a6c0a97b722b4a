using CrossRegion.Application.Common.Interfaces;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrossRegion.Infrastructure.Identity.OpenId;

internal sealed class OpenIddictSessions(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : ITokenServerSessions
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }

    public async Task<string> BeginAsync(Guid userId, CancellationToken cancellationToken)
    {
        var authorization = await authorizations.CreateAsync(new OpenIddictAuthorizationDescriptor
        {
            Subject = userId.ToString(),
            Status = Statuses.Valid,
            Type = AuthorizationTypes.AdHoc,
            CreationDate = DateTimeOffset.UtcNow,
            Scopes = { ConsoleScope },
        }, cancellationToken);
        return await authorizations.GetIdAsync(authorization, cancellationToken)
            ?? throw new InvalidOperationException("The token server gave the console's sign-in no id.");
    }

    public Task EndAsync(string signInId, CancellationToken cancellationToken) =>
        SignIns.EndAsync(authorizations, tokens, signInId, cancellationToken);

    /// <summary>Marks a console sign-in among a person's authorizations.</summary>
    private const string ConsoleScope = "console";
}
